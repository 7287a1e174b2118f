// parseApplicant's compiled fast path (z.compile) against zod's ordinary parser: they never disagree, on valid and
// invalid input alike; and the schema edits made for speed (flag, isRealDate, the duplicate-month check) keep
// what the schema accepts, returns and says.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { z } from 'zod';
import { type Applicant, applicant, applicantParser, parseApplicant, toFieldIssues, ValidationError } from '../../src/applicant/index.ts';
import { flag } from '../../src/applicant/primitives.ts';
import { isRealDate } from '../../src/core/calendar.ts';
import { say } from '../../src/messages/catalogue.ts';
import { anyApplicantInput, dateBetween, wellFormedApplicant } from '../hardening/lib/arbitraries.ts';
import { idNumber } from '../hardening/lib/ids.ts';

/**
 * The fast path alone: a compiled copy of the schema whose fallback (the copy's own safeParse) is counted, so a
 * refusal is seen as one. z.compile falls back through the source schema's safeParse.
 */
function fastPathOnly(): (input: unknown) => { accepted: true; data: Applicant } | { accepted: false } {
  const source = applicant.clone();
  const runtime = source.safeParse.bind(source);
  let fallbacks = 0;
  source.safeParse = ((input: unknown) => {
    fallbacks++;
    return runtime(input);
  }) as typeof source.safeParse;
  const compiled = z.compile(source, { strict: true });
  return (input) => {
    const before = fallbacks;
    const result = compiled.safeParse(input);
    if (fallbacks !== before) return { accepted: false };
    assert.ok(result.success, 'the fast path answered with a failure instead of falling back');
    return { accepted: true, data: result.data };
  };
}

const fast = fastPathOnly();

/** Asserts the fast path agrees with zod (accept/refuse, output) and parseApplicant returns or throws zod's answer. */
function assertAgree(input: unknown): boolean {
  const zod = applicant.safeParse(input);
  const quick = fast(input);
  assert.equal(quick.accepted, zod.success, 'the fast path accepts exactly what zod accepts');
  let thrown: unknown;
  let parsed: Applicant | undefined;
  try {
    parsed = parseApplicant(input);
  } catch (error) {
    thrown = error;
  }
  if (zod.success) {
    assert.ok(quick.accepted);
    assert.deepStrictEqual(quick.data, zod.data);
    assert.equal(JSON.stringify(quick.data), JSON.stringify(zod.data), 'same keys in the same order');
    assert.deepStrictEqual(parsed, zod.data);
  } else {
    assert.ok(thrown instanceof ValidationError, `parseApplicant threw ${String(thrown)}`);
    assert.deepStrictEqual(thrown.issues, toFieldIssues(zod.error));
  }
  return zod.success;
}

const often = <T, U>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<U>): fc.Arbitrary<T | U> =>
  fc.oneof({ weight: 7, arbitrary: usual }, { weight: 1, arbitrary: odd });
const dateLike = often(
  dateBetween('1950-01-01', '2030-12-31'),
  fc.oneof(
    fc.stringMatching(/^[0-9x-]{0,11}$/),
    fc.constantFrom('2024-02-29', '2023-02-29', '2024-1-1', '2024-xx-05', '-2024-01-01', '2024-01-01 ', '0000-02-29', ''),
  ),
);
const monthLike = often(
  fc.constantFrom('2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05'),
  fc.oneof(fc.constantFrom('2024-13', '2024-1', '2024-00'), fc.stringMatching(/^[0-9-]{0,8}$/)),
);
/** Small applicants aimed at the edges the fast path must get right: dates, months, duplicates, flags, ID numbers. */
const edgy = fc.record(
  {
    birthDate: dateLike,
    idNumber: often(
      fc.constantFrom(` ${idNumber(310115, '1990-01-01', 1)} `, '11010519491231002x', '11010519491231002X'),
      fc.oneof(fc.constantFrom('110105194912310021', ''), fc.string({ maxLength: 20 })),
    ),
    education: fc.array(
      fc.record({
        level: often(fc.constant('bachelor'), fc.constant('phd')),
        degree: often(fc.constantFrom(true, false, undefined), fc.constantFrom('yes', null)),
        obtainedOn: dateLike,
      }),
      { maxLength: 2 },
    ),
    socialInsurance: fc.array(
      fc.record(
        {
          month: monthLike,
          base: often(fc.integer({ min: 0, max: 60_000 }), fc.constantFrom(-1, 1.5, 2 ** 53, Number.NaN)),
          backPaid: often(fc.constantFrom(true, false, undefined), fc.constant(0)),
          extra: fc.string({ maxLength: 3 }),
        },
        { requiredKeys: ['month', 'base'] },
      ),
      { maxLength: 4 },
    ),
    remoteArea: fc.array(
      fc.record({ area: often(fc.constant('lingang'), fc.constant('moon')), from: dateLike, to: fc.option(dateLike, { nil: undefined }) }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ['birthDate'] },
);

/** 600 inputs, each checked by assertAgree; both accepted and refused ones must be seen, at least 100 of each. */
function agreesOnBothSides(inputs: fc.Arbitrary<unknown>): void {
  let accepted = 0;
  let refused = 0;
  fc.assert(
    fc.property(inputs, (input) => {
      if (assertAgree(input)) accepted++;
      else refused++;
    }),
    { numRuns: 600 },
  );
  assert.ok(accepted >= 100 && refused >= 100, `both sides seen: ${accepted} accepted, ${refused} refused`);
}

describe('validation fast path: zod.compile against zod', () => {
  it('the applicant schema compiles (strict), and parseApplicant uses the compiled copy', () => {
    assert.doesNotThrow(() => z.compile(applicant, { strict: true }));
    assert.notEqual(applicantParser(), applicant);
  });

  it('agrees with zod on well-formed applicants, each taken by the fast path (300 cases)', () => {
    fc.assert(
      fc.property(wellFormedApplicant, (input) => {
        assert.equal(assertAgree(input), true);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with zod on any input: mutated applicants and garbage (600 cases)', () => {
    agreesOnBothSides(anyApplicantInput);
  });

  it('agrees with zod on malformed dates, months, duplicate months, flags and ID numbers (600 cases)', () => {
    agreesOnBothSides(edgy);
  });

  it('fills defaults, trims and upper-cases the ID number, drops unknown keys', () => {
    const id = idNumber(110105, '1949-12-31', 2); // 11010519491231002X
    const parsed = parseApplicant({
      birthDate: '1990-05-20',
      idNumber: ` ${id.toLowerCase()} `,
      socialInsurance: [{ month: '2024-01', base: 12000, note: 'x' }],
      education: [{ level: 'bachelor' }],
    });
    assert.equal(parsed.idNumber, '11010519491231002X');
    assert.deepStrictEqual(parsed.socialInsurance, [
      { month: '2024-01', base: 12000, backPaid: false, employerMatchesContract: true, taxMatches: true },
    ]);
    assert.deepStrictEqual(parsed.education, [
      { level: 'bachelor', degree: true, diploma: true, fullTime: true, foreign: false, verified: true },
    ]);
    assert.deepStrictEqual(parsed.residencePermit, { valid: true });
    assert.deepStrictEqual(parsed.employment, { outOfTownBranch: false });
  });

  it('under jitless (the web app, whose CSP forbids eval) nothing is compiled', () => {
    const script = `import { z } from 'zod'; z.config({ jitless: true });
      const m = await import(${JSON.stringify(new URL('../../src/applicant/index.ts', import.meta.url).href)});
      process.stdout.write(String(m.applicantParser() === m.applicant));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(out, 'true');
  });
});

describe('schema edits for speed keep the behaviour', () => {
  it('flag(v) parses like z.boolean().default(v), and publishes the same JSON Schema', () => {
    for (const value of [true, false]) {
      const before = z.object({ a: z.boolean().default(value) });
      const after = z.object({ a: flag(value) });
      for (const input of [{}, { a: undefined }, { a: true }, { a: false }, { a: 'true' }, { a: null }, { a: 0 }]) {
        const b = before.safeParse(input);
        const a = after.safeParse(input);
        assert.equal(a.success, b.success, JSON.stringify(input));
        assert.deepStrictEqual(a.success ? a.data : a.error.issues, b.success ? b.data : b.error.issues);
      }
      assert.deepStrictEqual(after.safeParse({}).data, { a: value });
      assert.deepStrictEqual(z.toJSONSchema(after, { io: 'input' }), z.toJSONSchema(before, { io: 'input' }));
      assert.deepStrictEqual(z.toJSONSchema(after, { io: 'input' }).properties, { a: { type: 'boolean', default: value } });
    }
  });

  it('isRealDate reads other shapes as split("-") did (zod also refines strings that failed the format check)', () => {
    assert.equal(isRealDate('2024-1-1'), true); // 2024, 1, 1
    assert.equal(isRealDate('2023-2-29'), false);
    assert.equal(isRealDate('2024-xx-05'), true); // month NaN passes every comparison; the format check refuses it
    assert.equal(isRealDate('abcd'), false); // day undefined
    assert.equal(isRealDate(''), false);
    assert.equal(isRealDate('-2024-01-01'), false); // ['', '2024', '01', '01']: month 2024
    const former = (value: string) => {
      const [y, m, d] = value.split('-').map(Number) as [number, number, number];
      if (m < 1 || m > 12 || d < 1) return false;
      const days = m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
      return d <= days;
    };
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 })), (s) => {
        assert.equal(isRealDate(s), former(s), s);
      }),
      { numRuns: 2000 },
    );
  });

  it('a month listed twice is named at each repeat, in order or not', () => {
    const issuesOf = (months: string[]) => {
      try {
        parseApplicant({ birthDate: '1990-05-20', socialInsurance: months.map((month) => ({ month, base: 10000 })) });
        return [];
      } catch (error) {
        assert.ok(error instanceof ValidationError);
        return error.issues.map((i) => `${i.path}: ${say('en', i.message)} / ${say('zh', i.field)}: ${say('zh', i.message)}`);
      }
    };
    const twice = (i: number) => `socialInsurance[${i}].month: month listed twice / 社保缴费记录第${i + 1}条·月份: 该月份重复出现`;
    assert.deepStrictEqual(issuesOf(['2024-01', '2024-02', '2024-03']), []);
    assert.deepStrictEqual(issuesOf(['2024-03', '2024-02', '2024-01']), []);
    assert.deepStrictEqual(issuesOf(['2024-01', '2024-01', '2024-02']), [twice(1)]);
    assert.deepStrictEqual(issuesOf(['2024-03', '2024-01', '2024-03', '2024-01']), [twice(2), twice(3)]);
    const format = (i: number) =>
      `socialInsurance[${i}].month: month must be YYYY-MM (01–12) / 社保缴费记录第${i + 1}条·月份: 月份格式应为 YYYY-MM（01–12）`;
    assert.deepStrictEqual(issuesOf(['2024-13', '2024-13']), [format(0), format(1), twice(1)]);
  });
});
