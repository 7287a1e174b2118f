/**
 * Generators of applicant input for the fuzz targets: well-formed applicants with extreme values (any real date
 * from year 0 to 9999, bases up to Number.MAX_SAFE_INTEGER, arrays at their schema maximum), the same with one
 * field replaced by garbage, and plain garbage JSON. parseApplicant must accept the first kind, and reject the
 * others with a ValidationError or accept them — never anything else.
 */
import fc from 'fast-check';
import { readings, versions } from '../../../src/policy/index.ts';
import { idNumber } from './ids.ts';

const DAY = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A real calendar date between two dates (inclusive), evenly spread. */
export function dateBetween(from: string, to: string): fc.Arbitrary<string> {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return fc.noBias(fc.integer({ min: 0, max: (b - a) / DAY })).map((n) => isoDay(a + n * DAY));
}

/** A real calendar date in years 0000–9999 (Date covers them; a year below 1000 keeps its four digits). */
const anyRealDate = fc
  .record({ y: fc.integer({ min: 0, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const max = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
    return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(d, max))}`;
  });

/** The assessment dates the brief asks for: 2013-07-01 (the scheme's start) to 2035-12-31. */
export const assessmentDate = fc.oneof(
  { weight: 6, arbitrary: dateBetween('2013-07-01', '2035-12-31') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2013-07-01',
      '2017-01-01',
      '2018-01-01',
      '2022-06-30',
      '2022-07-01',
      '2027-12-31',
      '2028-01-01',
      '2035-12-31',
    ),
  },
);

/** Dates that stress the engine: around the assessment window, or anywhere in 0000–9999, or on edges. */
export const wildDate = fc.oneof(
  { weight: 4, arbitrary: dateBetween('1940-01-01', '2036-12-31') },
  { weight: 2, arbitrary: anyRealDate },
  {
    weight: 1,
    arbitrary: fc.constantFrom('0000-01-01', '0000-02-29', '1900-02-28', '2000-02-29', '2024-02-29', '9999-12-31', '2013-06-30'),
  },
);

const wildMonth = fc.oneof(
  { weight: 4, arbitrary: dateBetween('1990-01-01', '2036-12-31').map((d) => d.slice(0, 7)) },
  {
    weight: 1,
    arbitrary: fc
      .record({ y: fc.integer({ min: 0, max: 9999 }), m: fc.integer({ min: 1, max: 12 }) })
      .map(({ y, m }) => `${pad(y, 4)}-${pad(m)}`),
  },
);

/** Whole yuan: ordinary bases, band edges, and the largest safe integer. */
export const wildYuan = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 60_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 7310, 10338, 11396, 31014, 34188, 2 ** 31, Number.MAX_SAFE_INTEGER) },
  { weight: 1, arbitrary: fc.maxSafeNat() },
);

const smallNat = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(2 ** 31, Number.MAX_SAFE_INTEGER), fc.maxSafeNat());
const bool = fc.boolean();
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
/** Text: anything unicode, or a few names the catalogues know. */
const text = (max: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: Math.min(max, 20), unit: 'grapheme' }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom('工程师', '高级工程师', '焊工', '电工', '中级会计师', '计算机程序设计员', '建造师(一级)', 'x'),
    },
    { weight: 1, arbitrary: fc.string({ minLength: max, maxLength: max }) },
  );

export const validIdNumber = fc
  .record({
    region: fc.integer({ min: 110000, max: 659999 }),
    birth: dateBetween('1940-01-01', '2012-12-31'),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ region, birth, seq }) => idNumber(region, birth, seq));

function siHistory(maxLength: number): fc.Arbitrary<unknown[]> {
  const flags = { backPaid: maybe(bool), employerMatchesContract: maybe(bool), taxMatches: maybe(bool) };
  // A contiguous run (the usual shape) or scattered months; the months of one history are distinct.
  const run = fc
    .record({ start: wildMonth, length: fc.integer({ min: 0, max: maxLength }), base: wildYuan, flags: fc.record(flags) })
    .map(({ start, length, base, flags }) => {
      const [y, m] = start.split('-').map(Number) as [number, number];
      const first = y * 12 + m - 1;
      const out: unknown[] = [];
      for (let i = 0; i < length && first + i < 10_000 * 12; i++) {
        const k = first + i;
        out.push({
          month: `${pad(Math.floor(k / 12), 4)}-${pad((k % 12) + 1)}`,
          base: Math.min(Number.MAX_SAFE_INTEGER, base + (i % 7) * 100),
          ...flags,
        });
      }
      return out;
    });
  const scattered = fc.uniqueArray(fc.record({ month: wildMonth, base: wildYuan, ...flags }, { requiredKeys: ['month', 'base'] }), {
    maxLength: Math.min(maxLength, 40),
    selector: (r) => r.month,
  });
  return fc.oneof({ weight: 3, arbitrary: run }, { weight: 1, arbitrary: scattered });
}

const period = <K extends string>(key: K, values: readonly string[]) =>
  fc.record({ [key]: fc.constantFrom(...values), from: wildDate, to: maybe(wildDate) } as Record<string, fc.Arbitrary<unknown>>, {
    requiredKeys: [key, 'from'],
  });

/** A well-formed applicant (parseApplicant must accept it) with values anywhere in their valid ranges. */
export const wellFormedApplicant: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    reference: maybe(fc.string({ maxLength: 100 })),
    idNumber: maybe(validIdNumber),
    birthDate: wildDate,
    residencePermit: maybe(fc.record({ valid: bool })),
    employment: maybe(
      fc.record(
        { contributingNow: bool, outOfTownBranch: bool, post: fc.string({ maxLength: 100 }), businessScope: fc.string({ maxLength: 300 }) },
        { requiredKeys: [] },
      ),
    ),
    education: fc.array(
      fc.record(
        {
          level: fc.constantFrom('associate', 'bachelor', 'master', 'doctor'),
          degree: bool,
          fullTime: bool,
          obtainedOn: wildDate,
          foreign: bool,
          verified: bool,
          major: fc.record(
            { name: text(100), code: fc.stringMatching(/^\d{6,8}$/), postMatches: bool },
            { requiredKeys: ['name', 'code'] },
          ),
        },
        { requiredKeys: ['level'] },
      ),
      { maxLength: 10, size: 'small' },
    ),
    certificates: fc.array(
      fc.record(
        {
          kind: fc.constantFrom('skill', 'title', 'qualification'),
          name: text(100),
          catalogId: fc.string({ maxLength: 20 }),
          skillLevel: fc.integer({ min: 1, max: 5 }),
          titleLevel: fc.constantFrom('junior', 'mid', 'senior'),
          obtainedOn: wildDate,
          obtainedBy: fc.constantFrom('exam', 'evaluation', 'assessment'),
          whileWorkingInShanghai: bool,
          verifiedInShanghai: bool,
          registered: bool,
          registrationValidUntil: wildDate,
          matchesPost: bool,
          appointed: bool,
          seriesConditionsMet: bool,
        },
        { requiredKeys: ['kind', 'name', 'obtainedOn'] },
      ),
      { maxLength: 20, size: 'small' },
    ),
    socialInsurance: fc.oneof({ weight: 12, arbitrary: siHistory(120) }, { weight: 1, arbitrary: siHistory(600) }),
    marriage: fc.record({ spouseShanghaiHukou: bool, marriedOn: wildDate }),
    startup: fc.record({
      incubatedMonths: smallNat,
      shareholdingPercent: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
      insuredByCompany: bool,
    }),
    techTransfer: fc.record({ months: smallNat, registeredInstitution: bool }),
    investment: fc.record(
      { annualTax: fc.array(wildYuan, { maxLength: 3 }), hukouEmployees: fc.array(smallNat, { maxLength: 3 }) },
      { requiredKeys: [] },
    ),
    publicService: fc.array(period('field', ['sanitation']), { maxLength: 20, size: 'small' }),
    remoteArea: fc.array(period('area', ['lingang', 'newTown', 'northSouth', 'otherDesignated']), { maxLength: 20, size: 'small' }),
    freshGraduate: fc.record({ graduatedOn: wildDate, fullTime: bool, employmentNotice: bool }),
    awards: fc.array(
      fc.record(
        {
          level: fc.constantFrom('municipalSpecial', 'municipalComprehensive', 'provincialOrAbove'),
          receivedOn: wildDate,
          whileWorkingInShanghai: bool,
          onCatalogue: bool,
        },
        { requiredKeys: ['level', 'receivedOn'] },
      ),
      { maxLength: 20, size: 'small' },
    ),
    records: fc.array(
      fc.record({
        kind: fc.constantFrom('falseMaterial', 'adminDetention', 'generalCrime', 'seriousCrime', 'familyPlanning'),
        date: wildDate,
      }),
      { maxLength: 50, size: 'small' },
    ),
  },
  { requiredKeys: ['birthDate'] },
);

/** JSON-ish garbage: every JSON value, plus what JavaScript callers can also pass (NaN, ±Infinity, -0, undefined, Date, sparse arrays). */
export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 2,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withSparseArray: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      null,
      undefined,
      '',
      0,
      -0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -1,
      1.5,
      2 ** 53,
      1e308,
      'true',
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '２０２４-０１-０１',
      ' 2024-01-01',
      '2024-01-01T00:00:00Z',
      '99999-01-01',
      '2024-1-1',
      '110105198001010017',
      '11010519800101001x',
      [],
      {},
      [null],
      { __proto__: null },
      JSON.parse('{"__proto__": {"polluted": true}}'),
      'x'.repeat(5000),
    ),
  },
);

type Json = Record<string, unknown> | unknown[];

/** Every path (as keys) into a value, for replacing one node with garbage. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = [...prefix, Array.isArray(value) ? Number(k) : k];
      out.push(p);
      if (out.length < 400) paths(v, p, out);
    }
  }
  return out;
}

function replaceAt(root: Json, path: (string | number)[], replacement: unknown, remove: boolean): Json {
  const copy = structuredClone(root) as Json;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove) delete node[last];
  else node[last] = replacement;
  return copy;
}

/** A well-formed applicant with one node replaced by garbage, removed, or with an unknown sibling key. */
export const mutatedApplicant: fc.Arbitrary<unknown> = fc
  .tuple(wellFormedApplicant, fc.nat(), garbage, fc.constantFrom('replace', 'replace', 'remove', 'extra'), fc.string({ maxLength: 8 }))
  .map(([a, pick, junk, how, key]) => {
    const all = paths(a);
    const path = all[pick % Math.max(1, all.length)];
    if (!path) return junk;
    if (how === 'extra') return replaceAt(a, [...path.slice(0, -1), `x${key}`], junk, false);
    return replaceAt(a, path, junk, how === 'remove');
  });

/** Any input a caller could send in place of an applicant. */
export const anyApplicantInput = fc.oneof(
  { weight: 4, arbitrary: wellFormedApplicant },
  { weight: 4, arbitrary: mutatedApplicant },
  { weight: 1, arbitrary: garbage },
);

/** Reading choices the policy offers, in any combination (unknown readings are tested apart). */
export const readingChoice: fc.Arbitrary<Record<string, string>> = fc.record(
  Object.fromEntries(readings.map((r) => [r.id, fc.constantFrom(...r.options.map((o) => o.id))])),
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, string>>;

export const versionPin = fc.option(fc.constantFrom(...versions.map((v) => v.id)), { nil: undefined, freq: 2 });

function shiftMonths(date: string, months: number): string {
  const k = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  return `${pad(Math.floor(k / 12), 4)}-${pad((k % 12) + 1)}`;
}

function shiftDays(date: string, days: number): string {
  return isoDay(Date.parse(`${date}T00:00:00Z`) + days * DAY);
}

/**
 * An applicant who could really apply on `date`: of working age, insured up to the application month, with
 * an education or a certificate — so the cases reach the scored statuses and 120 points, not only refusals.
 */
export function plausibleApplicant(date: string): fc.Arbitrary<Record<string, unknown>> {
  const before = (minDays: number, maxDays: number) => fc.integer({ min: minDays, max: maxDays }).map((d) => shiftDays(date, -d));
  return fc
    .record({
      birthDate: before(18 * 366, 62 * 365),
      idNumber: maybe(validIdNumber),
      education: fc.array(
        fc.record({
          level: fc.constantFrom('associate', 'bachelor', 'master', 'doctor'),
          degree: bool,
          fullTime: bool,
          obtainedOn: before(30, 9000),
        }),
        { maxLength: 2 },
      ),
      certificates: fc.array(
        fc.record(
          {
            kind: fc.constantFrom('skill', 'title', 'qualification'),
            name: fc.constantFrom('工程师', '高级工程师', '焊工', '电工', '中级会计师', '计算机程序设计员', '建造师(一级)'),
            skillLevel: fc.integer({ min: 1, max: 5 }),
            titleLevel: fc.constantFrom('junior', 'mid', 'senior'),
            obtainedOn: before(30, 6000),
            obtainedBy: fc.constantFrom('exam', 'evaluation', 'assessment'),
            whileWorkingInShanghai: bool,
            matchesPost: bool,
            appointed: bool,
          },
          { requiredKeys: ['kind', 'name', 'obtainedOn'] },
        ),
        { maxLength: 2 },
      ),
      months: fc.integer({ min: 0, max: 150 }),
      base: fc.integer({ min: 5000, max: 40_000 }),
      marriage: maybe(fc.record({ spouseShanghaiHukou: bool, marriedOn: before(1, 8000) })),
      remoteArea: fc.array(fc.record({ area: fc.constantFrom('lingang', 'newTown'), from: before(1, 3000) }), { maxLength: 1 }),
      records: fc.oneof(
        { weight: 6, arbitrary: fc.constant([]) },
        {
          weight: 1,
          arbitrary: fc.array(
            fc.record({
              kind: fc.constantFrom('falseMaterial', 'adminDetention', 'generalCrime', 'seriousCrime', 'familyPlanning'),
              date: before(1, 3000),
            }),
            { maxLength: 1 },
          ),
        },
      ),
    })
    .map(({ months, base, ...rest }) => ({
      ...rest,
      employment: { contributingNow: true },
      socialInsurance: Array.from({ length: months }, (_, i) => ({ month: shiftMonths(date, i - months + 1), base })),
    }));
}
