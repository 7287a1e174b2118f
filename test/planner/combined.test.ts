// Actions that unlock one another, as one step, with their cost; what-ifs that change nothing say why.
// Hand-worked from RULES.md: §2.3 (skill levels 3 → 60, 2 → 100; 大专 50; age; SI years 3 a year), §3.2 (the 1×
// gate of level 2: any 6 of the last 12 months at ≥ 1×, R1), R8 (reference 11,396 from 2023-07).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseApplicant } from '../../src/engine/index.ts';
import { plan } from '../../src/planner/index.ts';
import { en, zh } from './helpers.ts';

/**
 * examples/skilled-worker.json on 2024-12-16: born 1988-09-01 → 36 → 30; 大专 50; 焊工 level 3 → 60 (kept over 50);
 * SI 2020-01 … 2024-12 at 9,000 (< 0.8 × 11,396 = 9,117: no band); 59 months counted → 4 years → 12. 102.
 * Level 2 alone adds nothing: 9,000 < 11,396, so the gate is never met — skipped, the reason read in the coming
 * year's window (2024-12 … 2025-11), not at the horizon's end.
 * Level 2 with the base at 1× (11,396 from 2025-01: 2,396 a month more): the certificate in 6 months (2025-06-16);
 * the gate's 6 months are 2025-01 … 2025-06, counted from 2025-07-01 → 100 instead of 60: +40. That day: 30 + 100
 * + 15 (66 months → 5 years) = 145 ≥ 120: reached 2025-07-01, 7 months after the plan month.
 */
describe('the skilled worker: raise the base to 1× and pass level 2, as one step', () => {
  const welder = parseApplicant(JSON.parse(readFileSync(new URL('../../examples/skilled-worker.json', import.meta.url), 'utf8')));
  const p = plan(welder, { date: '2024-12-16' });

  it('is offered first, with its yuan a month, its months and its exam', () => {
    assert.equal(p.gap.scoreIfEligible, 102);
    const first = p.actions[0];
    assert.equal(first?.id, 'skill.level2+siBase.x1');
    assert.deepEqual(
      [first?.countsFrom, first?.points, first?.reaches?.date, first?.reaches?.total],
      ['2025-07-01', 40, '2025-07-01', 145],
    );
    assert.deepEqual(first?.cost && { ...first.cost, text: undefined }, {
      extraYuanPerMonth: 2396,
      monthsUntilCounts: 7,
      exam: true,
      text: undefined,
    });
    assert.match(zh(first?.cost.text), /每月多2,396元/);
    assert.match(zh(first?.title), /1倍（11,396元），并取得「焊工」技能等级二级证书/);
    assert.match(en(first?.cost.text), /¥2,396 a month more/);
  });

  it('level 2 alone is skipped with the coming year’s window', () => {
    const alone = p.skipped.find((s) => s.id === 'skill.level2');
    assert.match(zh(alone?.reason), /^2024-12至2025-11的12个月中/);
  });

  it('states the ranking rule', () => {
    assert.match(en(p.rankingRule), /year the standard score is reached/);
  });
});

describe('a what-if that changes nothing says why, for the coming year', () => {
  it('the skilled worker one skill level up: the 1× gate, in the 12 months before the plan month', async () => {
    const { compareScenarios } = await import('../../src/planner/index.ts');
    const welder = parseApplicant(JSON.parse(readFileSync(new URL('../../examples/skilled-worker.json', import.meta.url), 'utf8')));
    const up = {
      ...welder,
      certificates: [
        ...welder.certificates,
        { ...(welder.certificates[0] as (typeof welder.certificates)[number]), skillLevel: 2, obtainedOn: '2024-12-16' },
      ],
    };
    const c = compareScenarios(
      [
        { label: 'now', applicant: welder },
        { label: 'skillUp', applicant: up },
      ],
      { date: '2024-12-16', horizonMonths: 12 },
    );
    // 9,000 < 11,396 in every month of 2023-12 … 2024-11: 0 of the 6 needed; the total stays 102.
    assert.equal(c.scenarios[1]?.assessment.total, 102);
    assert.match(zh(c.scenarios[1]?.unchanged), /^2023-12至2024-11的12个月中累计至少6个月缴费基数不低于当月参考工资.*实际0个月/);
    assert.equal(c.scenarios[0]?.unchanged, undefined);
  });
});
