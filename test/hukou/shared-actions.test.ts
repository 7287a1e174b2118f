// sharedActions: the 居转户 way there paired with the points plan's actions that share a cause (a title appointed to
// the post, a base raise), with exact values worked from the two plans' facts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseApplicant } from '../../src/applicant/index.ts';
import { msg } from '../../src/core/message.ts';
import { assessHukou, type PointsAction, sharedActions } from '../../src/hukou/index.ts';
import { say } from '../../src/messages/catalogue.ts';
import { plan } from '../../src/planner/index.ts';
import { applicantOf, hukouCases } from './case-file.ts';

const basic = msg('hukou:route.basic');
const waiver = msg('hukou:route.waiver2x');
const STEPS = [
  msg('hukou:plan.wait', { route: basic, month: '2030-01', from: '2030-04', to: '2030-07' }),
  msg('hukou:plan.title', { from: '2023-06', route: basic, month: '2025-01' }),
  msg('hukou:plan.raiseBase', { ratio: 1.3, amount: 14815, from: '2023-06', route: basic, month: '2026-06' }),
  msg('hukou:plan.baseAndTitle', { ratio: 2, amount: 22792, from: '2023-06', route: waiver, month: '2026-06' }),
];
const action = (id: string, kind: string, points: number, facts: Record<string, unknown>): PointsAction => ({
  id,
  kind,
  title: msg('planner:title.title'),
  points,
  countsFrom: '2024-06-01',
  facts,
});
const ACTIONS = [
  action('siBase.x2', 'siBase', 50, { monthlyBase: 20676, ratio: 2 }),
  action('midTitle.title', 'midTitle', 40, {}),
  action('skill.level3', 'skillCertificate', 10, { level: 3 }),
  action('skill.level2', 'skillCertificate', 30, { level: 2 }),
  action('degree.bachelor', 'degree', 50, { level: 'bachelor' }),
  action('midTitle.title+siBase.x1', 'midTitle', 40, { monthlyBase: 10338, ratio: 1 }),
  action('siBase.x3', 'siBase', 80, { monthlyBase: 31014, ratio: 3 }),
];

describe('sharedActions', () => {
  const shared = sharedActions(STEPS, ACTIONS);
  const rows = shared.map((s) => [s.step.key.slice('hukou:plan.'.length), s.action.id, s.causes.join('+'), s.base ?? null, s.month]);

  it('pairs each step with the actions serving its cause, the higher base serving both', () => {
    assert.deepEqual(rows, [
      // a title appointed: the mid-level title, the technician level (2), and the title behind the 1× gate with its base
      ['title', 'midTitle.title', 'title', null, '2025-01'],
      ['title', 'skill.level2', 'title', null, '2025-01'],
      ['title', 'midTitle.title+siBase.x1', 'title+base', 10338, '2025-01'],
      // 14,815 a month: the 2× band's 20,676 and the 3× band's 31,014 meet it; the gate's 10,338 is raised to it
      ['raiseBase', 'siBase.x2', 'base', 20676, '2026-06'],
      ['raiseBase', 'midTitle.title+siBase.x1', 'base', 14815, '2026-06'],
      ['raiseBase', 'siBase.x3', 'base', 31014, '2026-06'],
      // both: only the action that gives both, at the 2× test's 22,792 (above its own 10,338)
      ['baseAndTitle', 'midTitle.title+siBase.x1', 'title+base', 22792, '2026-06'],
    ]);
  });

  it('says the pair in one sentence, in zh and en', () => {
    const x2 = shared.find((s) => s.action.id === 'siBase.x2');
    assert.ok(x2);
    assert.equal(
      say('en', x2.text),
      `${say('en', msg('planner:title.title'))}: +50 points from 2024-06-01; a base of at least 20,676 yuan from 2023-06 also opens basic route (7 years + mid-level title or technician) in 2026-06`,
    );
    assert.equal(
      say('zh', x2.text),
      `${say('zh', msg('planner:title.title'))}：2024-06-01起积分+50；从2023-06起缴费基数保持在20,676元以上，同时让${say('zh', basic)}于2026-06符合条件`,
    );
  });

  it('pairs nothing without a step of the way there or a matching action', () => {
    assert.deepEqual(sharedActions([msg('hukou:plan.applyNow', { month: '2024-03' })], ACTIONS), []);
    assert.deepEqual(
      sharedActions(
        STEPS,
        ACTIONS.filter((a) => a.kind === 'degree'),
      ),
      [],
    );
  });

  it('pairs W8 (1.3× from 2023-06 opens 2026-06) with the points plan’s base raises', () => {
    const w8 = hukouCases().find((c) => c.name.startsWith('W8'));
    assert.ok(w8);
    const applicant = parseApplicant(applicantOf(w8));
    const way = assessHukou(applicant, { date: w8.date });
    const points = plan(applicant, { date: w8.date });
    const pairs = sharedActions(way.plan, points.actions).filter((s) => s.causes.join() === 'base');
    // W8: 14,815 = ⌈1.3 × 11,396⌉ from 2023-06 → 2026-06. The points plan's 2× and 3× bands, at 2 × and 3 × the
    // talent-domain reference of 2023-05/06 (10,338): 20,676 and 31,014, both above 14,815.
    // (in the points plan's ranking order; sorted here, as the ranking is the planner's to test)
    assert.deepEqual(pairs.map((s) => [s.action.id, s.base, s.from, s.month]).sort(), [
      ['siBase.x2', 20676, '2023-06', '2026-06'],
      ['siBase.x3', 31014, '2023-06', '2026-06'],
    ]);
  });
});
