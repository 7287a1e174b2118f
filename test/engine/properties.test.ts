// Property tests of assess(): bounds, monotonicity in social insurance, determinism, and never throwing on valid input.
// Runs are bounded (≤ 300 each) so the suite stays fast; a failure prints the shrunk counter-example and its seed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { withoutPruning } from '../../src/engine/alternatives.ts';
import { type Applicant, assess, parseApplicant, ValidationError } from '../../src/engine/index.ts';
import type { Assessment } from '../../src/engine/types.ts';
import { base, monthAt, type Scenario, scenario } from './scenarios.ts';

const RUNS = 250;

/** parseApplicant, or undefined when it rejects the input (the properties are about accepted input only). */
function tryParse(raw: unknown): Applicant | undefined {
  try {
    return parseApplicant(raw);
  } catch (e) {
    if (e instanceof ValidationError) return undefined;
    throw e;
  }
}

function run(s: Scenario, applicant: Applicant): Assessment {
  return assess(applicant, { date: s.date, version: s.version, readings: s.readings });
}

// Caps of the items that have one (policy/indicators/*.json, every version): the upper bound "the items allow".
// siYears and publicService have no cap, so their own points are their bound.
const CAPS: Record<string, number> = {
  age: 30,
  education: 110,
  titleSkill: 140,
  startupTalent: 120,
  intermediaryTalent: 120,
  shortageMajor: 30,
  investment: 120,
  siBase: 120,
  remoteArea: 20,
  freshGraduate: 10,
  award: 110,
  spouse: 40,
};

describe('assess: properties', () => {
  it('the total is never below 0 and never above what the items allow', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const applicant = tryParse(s.raw);
        fc.pre(applicant !== undefined);
        const a = run(s, applicant as Applicant);
        let sum = 0;
        let bound = 0;
        for (const i of a.items) {
          if (i.group === 'deduction') assert.ok(i.points <= 0, `${i.id} deducts`);
          else assert.ok(i.points >= 0, `${i.id} is not negative`);
          if (i.max !== null) assert.ok(i.points <= i.max, `${i.id}: ${i.points} ≤ its max ${i.max}`);
          const cap = CAPS[i.id];
          if (cap !== undefined) assert.ok(i.points <= cap, `${i.id}: ${i.points} ≤ ${cap}`);
          if (!i.counted) continue;
          sum += i.points;
          if (i.group !== 'deduction') bound += cap === undefined ? i.points : Math.min(i.points, cap);
        }
        // one choice: exactly one of education / title-skill counts
        assert.equal(a.items.filter((i) => (i.id === 'education' || i.id === 'titleSkill') && i.counted).length, 1);
        assert.equal(a.scoreIfEligible, Math.max(0, sum), 'scoreIfEligible = max(0, counted points)');
        assert.ok(a.total >= 0 && a.scoreIfEligible >= 0);
        assert.ok(a.total <= bound, `total ${a.total} ≤ ${bound}`);
        assert.equal(a.total, a.status === 'scored' ? a.scoreIfEligible : 0, 'total is the score only when scored');
        assert.equal(a.reaches, a.status === 'scored' && a.total >= a.standardScore);
      }),
      { numRuns: RUNS },
    );
  });

  // Is this true under the rules? Every SI rule counts months that REACH something, never months against the
  // applicant: SI years count regular months (one more can only complete a year); each SI-base tier counts the
  // window's months at ≥ its lower bound (R9 default) or inside its band (R9 ownBandOnly) — a new month adds to the
  // bands it reaches and takes from none, and the score is the best tier met, so no tier is ever lost; the trial's
  // "all of the last 36 months" is filled, never broken, by an added month; the 1× gate counts months at ≥ 1×
  // (6 of 12, or all of the last 6 under R1's alternative); the education/title choice takes the higher of two
  // non-decreasing items. So scoreIfEligible never falls. Nor does the official total: an added month can turn
  // "ineligible" into "scored" (6 of 12, contributing now) but never the reverse, and age, vetoes and deductions do
  // not read the SI history. A month after the assessment month has not happened and changes nothing.
  // ("Regular": not back-paid, paid by the contract employer, tax basis matching.)
  it('one more regular SI month never lowers scoreIfEligible (nor the total)', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: -170, max: 3 }), base, (s, offset, extraBase) => {
        const month = monthAt(s.date, offset);
        const history = s.raw.socialInsurance ?? [];
        fc.pre(!history.some((m) => m.month === month));
        const before = tryParse(s.raw);
        fc.pre(before !== undefined);
        const withMonth = { ...s.raw, socialInsurance: [...history, { month, base: extraBase }] };
        const after = tryParse(withMonth);
        assert.ok(after, 'adding a well-formed month keeps the input valid');
        const a = run(s, before as Applicant);
        const b = run(s, after);
        assert.ok(
          b.scoreIfEligible >= a.scoreIfEligible,
          `scoreIfEligible ${a.scoreIfEligible} → ${b.scoreIfEligible} after adding ${month}`,
        );
        assert.ok(b.total >= a.total, `total ${a.total} → ${b.total} after adding ${month}`);
        assert.ok(b.subtotals.basic + b.subtotals.bonus >= a.subtotals.basic + a.subtotals.bonus);
      }),
      { numRuns: RUNS },
    );
  });

  it('assessing twice gives deep-equal results and leaves the applicant untouched', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const applicant = tryParse(s.raw);
        fc.pre(applicant !== undefined);
        const copy = structuredClone(applicant);
        const first = run(s, applicant as Applicant);
        const second = run(s, applicant as Applicant);
        assert.deepStrictEqual(second, first);
        assert.deepStrictEqual(applicant, copy);
        // and a structurally equal copy of the input gives the same answer
        assert.deepStrictEqual(run(s, structuredClone(copy) as Applicant), first);
      }),
      { numRuns: 200 },
    );
  });

  it('the alternatives reported are those found by trying every reading on every line (issue 13)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const applicant = tryParse(s.raw);
        fc.pre(applicant !== undefined);
        const fast = run(s, applicant as Applicant);
        const full = withoutPruning(() => run(s, applicant as Applicant));
        assert.deepStrictEqual(
          fast.items.map((i) => [i.confidence, i.alternatives]),
          full.items.map((i) => [i.confidence, i.alternatives]),
        );
        assert.equal(fast.confidence, full.confidence);
        // an item is uncertain exactly when an alternative changes its points
        for (const i of fast.items) assert.equal(i.confidence === 'high', i.alternatives.length === 0, i.id);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on an applicant parseApplicant accepts, for any date from 2013-07-01', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const applicant = tryParse(s.raw);
        fc.pre(applicant !== undefined);
        const a = run(s, applicant as Applicant);
        assert.equal(a.date, s.date);
        assert.ok(['scored', 'ineligible', 'vetoed', 'outsideScheme'].includes(a.status));
      }),
      { numRuns: 300 },
    );
  });
});
