// compareScenarios: the same person as is and with a what-if, side by side on one date.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareScenarios } from '../../src/planner/index.ts';
import { months, person } from './helpers.ts';

describe('compareScenarios', () => {
  // As is: the 14-month waiter (89 today, 120 on 2026-06-01 — projection tests). What-if: a bachelor's with degree
  // instead of the junior-college diploma: 30 + 90 + 9 = 129 today, reached on the plan date.
  const history = [...months('2021-06', '2022-10', 7000), ...months('2022-11', '2025-02', 10000)];
  const asIs = person({
    birthDate: '1995-01-01',
    education: [{ level: 'associate' }],
    employment: { contributingNow: true },
    socialInsurance: history,
  });
  const withDegree = person({
    birthDate: '1995-01-01',
    education: [{ level: 'bachelor' }],
    employment: { contributingNow: true },
    socialInsurance: history,
  });
  const vetoed = person({ ...withDegree, records: [{ kind: 'seriousCrime', date: '2021-01-01' }] });
  const c = compareScenarios(
    [
      { label: 'as is', applicant: asIs },
      { label: 'bachelor', applicant: withDegree },
      { label: 'vetoed', applicant: vetoed },
    ],
    { date: '2025-03-15' },
  );

  it('assesses each side by side with the day it reaches 120', () => {
    assert.deepEqual(
      c.scenarios.map((s) => [s.label, s.assessment.status, s.assessment.total, s.reaches?.date ?? null]),
      [
        ['as is', 'scored', 89, '2026-06-01'],
        ['bachelor', 'scored', 129, '2025-03-15'],
        ['vetoed', 'vetoed', 0, null],
      ],
    );
  });

  it('points at the scenario that reaches it first', () => {
    assert.equal(c.earliest, 1);
  });
});
