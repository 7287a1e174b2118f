// The planner's and the catalogue's sentences take their numbers from the policy in force, not from code: the
// loaded policy is changed here (this file runs in its own process, before anything is assessed) to figures no
// real version has, and every sentence that states one of them must show the changed figure and not the real one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { search } from '../../src/catalog/index.ts';
import { plan } from '../../src/planner/index.ts';
import type { Action, Plan } from '../../src/planner/types.ts';
import { files } from '../../src/policy/index.ts';
import { en, months, person, zh } from './helpers.ts';

const DATE = '2025-03-15';

/** The value in force on DATE of a parameter file, to change in place. */
function inForce<T>(id: keyof typeof files): T {
  const v = (files[id].values as { from: string; to?: string; value: unknown }[]).find(
    (x) => x.from <= DATE && (x.to === undefined || DATE <= x.to),
  );
  assert.ok(v, id);
  return v.value as T;
}

// Lingang's continuous SI: 36 → 30 months. Standard score: 120 → 110. The 1× band: 36 of 48 → 30 of 40 months.
// Skill levels 5…1: 15/30/60/100/140 → 11/22/33/44/55; a qualification 100 → 99; a shortage major 30 → 33;
// the title/skill base gate: 6 of 12 months at 1× → 5 of 10 at 1.5×.
inForce<{ areas: { lingang: { continuousSiMonths: number } } }>('remoteArea').areas.lingang.continuousSiMonths = 30;
inForce<{ standardScore: number }>('aggregation').standardScore = 110;
const x1 = inForce<{ tiers: { id: string; months: number; windowMonths: number }[] }>('siBase').tiers.find((t) => t.id === 'x1');
assert.ok(x1);
Object.assign(x1, { months: 30, windowMonths: 40 });
const titleSkill = inForce<{ points: Record<string, number>; gate: { minRatio: number; months: number; windowMonths: number } }>(
  'titleSkill',
);
Object.assign(titleSkill.points, { skill5: 11, skill4: 22, skill3: 33, skill2: 44, skill1: 55, qualificationMid: 99 });
Object.assign(titleSkill.gate, { minRatio: 1.5, months: 5, windowMonths: 10 });
inForce<{ points: number }>('shortageMajor').points = 33;

function action(p: Plan, id: string): Action {
  const a = p.actions.find((x) => x.id === id) ?? p.information.find((x) => x.id === id);
  assert.ok(a, id);
  return a;
}

const condition = (a: Action, id: string) => a.conditions.find((c) => c.id === id)?.text;

describe('the planner states the policy in force', () => {
  // Bachelor's without degree, 8,000 a month for a year: far from the standard score, so every way is planned.
  const p = plan(
    person({
      birthDate: '1995-01-01',
      education: [{ level: 'bachelor', degree: false }],
      employment: { contributingNow: true },
      socialInsurance: months('2024-03', '2025-02', 8000),
    }),
    { date: DATE },
  );

  it("Lingang's months of continuous SI", () => {
    const lingang = condition(action(p, 'remoteArea.lingang'), 'areaConditions');
    assert.match(zh(lingang), /连续正常缴纳社保满30个月/);
    assert.match(en(lingang), /continuously for 30 months/);
    assert.doesNotMatch(`${zh(lingang)} ${en(lingang)}`, /36/);
  });

  it('the standard score in the summary', () => {
    assert.match(zh(p.summary), /距110分还差/);
    assert.match(en(p.summary), /short of 110\./);
  });

  it("a band's months and window", () => {
    const band = condition(action(p, 'siBase.x1'), 'bandMonths');
    assert.match(zh(band), /^需最近40个月内累计30个月达到该倍数/);
    assert.match(en(band), /^30 of the last 40 months/);
  });
});

describe('the catalogue states the policy in force', () => {
  it("a skill occupation's points by level and the base gate", () => {
    const hit = search('焊工', { date: DATE }).hits[0];
    assert.ok(hit);
    assert.equal(zh(hit.points.text), '11–55分，按等级：五级11/四级22/三级33/二级44/一级55');
    assert.equal(en(hit.points.text), '11–55 by level: level 5 → 11 / level 4 → 22 / level 3 → 33 / level 2 → 44 / level 1 → 55');
    const gate = hit.conditions.map(zh).find((c) => c.startsWith('二级、一级'));
    assert.equal(gate, '二级、一级须最近10个月内累计5个月社保缴费基数不低于参考工资的1.5倍');
    assert.ok(
      hit.conditions
        .map(en)
        .includes('levels 2 and 1 also need a social-insurance base ≥ 1.5× the reference wage in 5 of the last 10 months'),
    );
  });

  it("a qualification's and a shortage major's points", () => {
    assert.equal(zh(search('注册会计师', { date: DATE }).hits[0]?.points.text), '99分（视同中级职称）');
    assert.equal(en(search('52030100', { date: DATE, catalogs: ['shortageMajors'] }).hits[0]?.points.text), '33 (shortage-major bonus)');
  });
});
