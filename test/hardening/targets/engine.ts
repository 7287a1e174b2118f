/**
 * Fuzz targets of the engine and the applicant schema. Inputs: well-formed applicants with extreme values,
 * the same with one node turned to garbage, and garbage JSON; assessment dates 2013-07-01…2035-12-31, any
 * version pin and any combination of readings.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { type Applicant, type Assessment, assess, parseApplicant } from '../../../src/engine/index.ts';
import { text } from '../../../src/messages/catalogue.ts';
import { versions } from '../../../src/policy/index.ts';
import {
  anyApplicantInput,
  assessmentDate,
  plausibleApplicant,
  readingChoice,
  versionPin,
  wellFormedApplicant,
} from '../lib/arbitraries.ts';
import { count, type FuzzTarget } from '../lib/target.ts';
import { assertValidationError } from '../lib/validation.ts';

const INDICATORS = 17;
const VERSION_IDS = new Set(versions.map((v) => v.id));

/** Every number in a result is finite (NaN or Infinity would turn into null in JSON). */
function assertFinite(value: unknown, where: string): void {
  if (typeof value === 'number') assert.ok(Number.isFinite(value), `${where} is ${value}`);
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) assertFinite(v, `${where}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) assertFinite(v, `${where}.${k}`);
}

/** The invariants every assessment keeps, whatever the applicant. */
export function assertConsistent(a: Assessment, date: string): void {
  assertFinite(a, 'assessment');
  assert.equal(a.date, date);
  assert.ok(VERSION_IDS.has(a.version.id), `unknown version ${a.version.id}`);
  assert.equal(a.items.length, INDICATORS, 'one item per indicator');
  assert.equal(new Set(a.items.map((i) => i.id)).size, INDICATORS, 'indicator ids are distinct');

  const sub = { basic: 0, bonus: 0, deductions: 0 };
  for (const i of a.items) {
    if (i.group === 'deduction') assert.ok(i.points <= 0, `${i.id}: a deduction of ${i.points}`);
    else assert.ok(i.points >= 0, `${i.id}: ${i.points} points`);
    if (i.max !== null) assert.ok(i.points <= i.max, `${i.id}: ${i.points} over its max ${i.max}`);
    assert.ok(i.label.zh && i.label.en && text(i.explanation).zh && text(i.explanation).en, `${i.id}: label and explanation in zh and en`);
    if (!i.counted) continue;
    if (i.group === 'basic') sub.basic += i.points;
    else if (i.group === 'bonus') sub.bonus += i.points;
    else sub.deductions += i.points;
  }
  assert.deepEqual(a.subtotals, sub, 'subtotals add up the counted items');
  assert.equal(a.scoreIfEligible, Math.max(0, sub.basic + sub.bonus + sub.deductions), 'scoreIfEligible = the items, floored at 0');

  const ageFailed = a.items[0]?.id === 'age' && a.items[0].conditions.some((c) => c.status === 'failed');
  const expected = ageFailed
    ? 'outsideScheme'
    : a.vetoes.length
      ? 'vetoed'
      : a.eligibility.some((c) => c.status === 'failed')
        ? 'ineligible'
        : 'scored';
  assert.equal(a.status, expected, 'status follows age, vetoes, then eligibility');
  assert.ok(a.total >= 0, `total ${a.total}`);
  assert.equal(a.total, a.status === 'scored' ? a.scoreIfEligible : 0, 'the total is the score only when scored');
  assert.equal(a.reaches, a.status === 'scored' && a.total >= a.standardScore, 'reaches = scored and ≥ the standard score');
  assert.equal(a.standardScore, 120);
}

export interface EngineCase {
  input: unknown;
  date: string;
  version: string | undefined;
  readings: Record<string, string>;
}

const engineCase: fc.Arbitrary<EngineCase> = assessmentDate.chain((date) =>
  fc.record({
    input: fc.oneof({ weight: 2, arbitrary: anyApplicantInput }, { weight: 1, arbitrary: plausibleApplicant(date) }),
    date: fc.constant(date),
    version: versionPin,
    readings: readingChoice,
  }),
);

function tryParse(input: unknown): Applicant | undefined {
  try {
    return parseApplicant(input);
  } catch (error) {
    assertValidationError(error, input);
    return undefined;
  }
}

export function engineTarget(): FuzzTarget<EngineCase> {
  const tally = new Map<string, number>();
  let n = 0;
  return {
    name: 'engine',
    proves:
      'parseApplicant accepts or throws a ValidationError naming each bad path in zh+en; every accepted applicant assesses without throwing, deterministically, with a consistent status and total ≥ 0',
    async: false,
    arbitrary: engineCase,
    tally,
    mustSee: (runs) => ['accepted', 'rejected', ...(runs >= 200 ? ['scored', 'ineligible', 'outsideScheme', 'vetoed', 'reaches'] : [])],
    check({ input, date, version, readings }) {
      const applicant = tryParse(input);
      if (!applicant) return count(tally, 'rejected');
      count(tally, 'accepted');
      const options = { date, version, readings };
      const a = assess(applicant, options);
      assertConsistent(a, date);
      count(tally, a.status);
      if (a.reaches) count(tally, 'reaches');
      // Pure: the same input gives the same output (checked on one case in 8: it doubles the cost).
      if (n++ % 8 === 0) assert.deepEqual(JSON.stringify(assess(applicant, options)), JSON.stringify(a), 'assess is deterministic');
    },
  };
}

export function schemaTarget(): FuzzTarget<{ input: unknown; wellFormed: boolean }> {
  const tally = new Map<string, number>();
  return {
    name: 'schema',
    proves:
      'well-formed applicants are accepted, unchanged, and their parsed form parses to itself; anything else is accepted or refused with issues that point into the input',
    async: false,
    arbitrary: fc.oneof(
      wellFormedApplicant.map((input) => ({ input, wellFormed: true })),
      anyApplicantInput.map((input) => ({ input, wellFormed: false })),
    ),
    tally,
    mustSee: () => ['wellFormed', 'accepted', 'rejected'],
    check({ input, wellFormed }) {
      const before = wellFormed ? JSON.stringify(input) : '';
      let parsed: Applicant;
      try {
        parsed = parseApplicant(input);
      } catch (error) {
        assert.ok(!wellFormed, `a well-formed applicant was refused: ${(error as Error).message}`);
        assertValidationError(error, input);
        return count(tally, 'rejected');
      }
      count(tally, wellFormed ? 'wellFormed' : 'accepted');
      if (wellFormed) assert.equal(JSON.stringify(input), before, 'parseApplicant does not change its input');
      const json = JSON.stringify(parsed);
      assert.equal(JSON.stringify(parseApplicant(JSON.parse(json))), json, 'the parsed applicant, sent again as JSON, parses to itself');
    },
  };
}
