// Honest limits: the readings a plan relies on travel with it, and switching one changes the plan.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plan } from '../../src/planner/index.ts';
import { en, months, person, zh } from './helpers.ts';

// The "2× is fastest" applicant of the action tests: 36 points today, never reaches by waiting.
const applicant = person({
  birthDate: '1980-01-01',
  employment: { contributingNow: true },
  socialInsurance: [...months('2022-03', '2024-02', 25000), ...months('2024-03', '2025-02', 8000)],
});

describe('limits', () => {
  const p = plan(applicant, { date: '2025-03-15' });

  it('lists every medium/low reading relied on, and the carried reference wage', () => {
    const lines = p.limits.map(en);
    for (const id of ['R6', 'R8', 'R9', 'W1'])
      assert.ok(
        lines.some((t) => t.startsWith(`Reading ${id} `)),
        id,
      );
    assert.ok(!lines.some((t) => t.startsWith('Reading R1 ')), 'R1 (high) is not a limit');
    assert.ok(lines.some((t) => t.includes('carry ¥11,396 forward')));
    assert.ok(p.limits.every((l) => zh(l).length > 0 && en(l).length > 0));
  });

  it('follows a switched reading: R8 = SI average makes 2× = 2 × 12,307 in 2025-03', () => {
    // 2024-07 → 2025-06 social-insurance average 12,307 (RULES.md §4.1) instead of the talent reference 11,396.
    const switched = plan(applicant, { date: '2025-03-15', readings: { R8: 'socialInsuranceAverage' } });
    const x2 = switched.actions.find((a) => a.id === 'siBase.x2');
    assert.equal(x2?.facts['monthlyBase'], 24614);
    assert.equal(x2?.readings['R8'], 'socialInsuranceAverage');
  });
});
