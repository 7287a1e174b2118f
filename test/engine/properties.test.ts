// Property tests of assess(): bounds, monotonicity in social insurance, determinism, and never throwing on valid input.
// Runs are bounded (≤ 300 each) so the suite stays fast; a failure prints the shrunk counter-example and its seed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { withoutPruning } from '../../src/engine/alternatives.ts';
import { type Applicant, type ApplicantInput, assess, parseApplicant, ValidationError } from '../../src/engine/index.ts';
import type { Assessment } from '../../src/engine/types.ts';

const RUNS = 250;
const DAY = 86_400_000;
const SCHEME_START = Date.UTC(2013, 6, 1);
const LAST_DATE = Date.UTC(2030, 11, 31);

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function shiftDays(date: string, days: number): string {
  return isoDay(Date.parse(`${date}T00:00:00Z`) + days * DAY);
}

function monthAt(date: string, offset: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Assessment dates from the start of the scheme to 2030 (past the 2022 revision's stated validity). */
/** An integer drawn evenly from [min, max] (fast-check otherwise favours the bounds and small values). */
const flat = (min: number, max: number) => fc.noBias(fc.integer({ min, max }));

const assessmentDate = flat(0, (LAST_DATE - SCHEME_START) / DAY).map((n) => isoDay(SCHEME_START + n * DAY));

/** Bases that sit on the band edges of 10,338 and 11,396, and anything else. */
const base = fc.oneof(
  fc.integer({ min: 0, max: 60_000 }),
  fc.constantFrom(7000, 8270, 8271, 9116, 9117, 10338, 11395, 11396, 12000, 20676, 22791, 22792, 31014, 34187, 34188),
);

const rarely = fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
const mostly = rarely.map((b) => !b);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const CERT_NAMES = [
  '工程师',
  '高级工程师',
  '经济师',
  '焊工',
  '电工',
  '钳工',
  '疫苗制品工',
  '中式烹调师',
  '会计专业技术资格(中级)',
  '中级会计师',
  '建造师(一级)',
  '法律职业资格',
  '心理咨询师',
  'x',
];
const MAJORS: [string, string][] = [
  ['城市轨道交通车辆', '52030100'],
  ['城市轨道交通车辆', '52030200'],
  ['航海技术', '52040100'],
  ['机电一体化技术', '56030100'],
];

/** A raw applicant (as a caller would send it) around an assessment date; parseApplicant may still reject it. */
function applicantAround(date: string): fc.Arbitrary<ApplicantInput> {
  const near = (minDays: number, maxDays: number) => flat(minDays, maxDays).map((d) => shiftDays(date, d));
  const period = <K extends string>(key: K, values: fc.Arbitrary<string>) =>
    fc.record({ [key]: values, from: near(-6000, 400), to: maybe(near(-5000, 800)) } as Record<string, fc.Arbitrary<unknown>>);
  const flags = { backPaid: rarely, employerMatchesContract: mostly, taxMatches: mostly };
  // a working life: one run of months (a job) at a base that sometimes changes, plus a few stray months
  const run = fc.record({
    end: fc.oneof({ weight: 3, arbitrary: flat(-2, 3) }, { weight: 1, arbitrary: flat(-60, 3) }),
    length: flat(0, 150),
    bases: fc.array(fc.record({ base, ...flags }), { minLength: 1, maxLength: 6 }),
  });
  const stray = fc.uniqueArray(fc.record({ offset: flat(-170, 3), base, ...flags }), {
    maxLength: 8,
    selector: (m) => m.offset,
  });
  const history = fc.tuple(run, stray).map(([r, extra]) => {
    const byOffset = new Map<
      number,
      { offset: number; base: number; backPaid: boolean; employerMatchesContract: boolean; taxMatches: boolean }
    >();
    const start = r.end - r.length + 1;
    for (let i = 0; i < r.length; i++) {
      const b = r.bases[Math.floor((i * r.bases.length) / r.length)] ?? r.bases[0];
      if (b) byOffset.set(start + i, { offset: start + i, ...b });
    }
    for (const m of extra) if (!byOffset.has(m.offset)) byOffset.set(m.offset, m);
    return [...byOffset.values()];
  });
  return fc
    .record({
      birthDate: near(-23_000, -6_000),
      idNumber: maybe(fc.constant('110105198001010016')),
      residencePermit: fc.record({ valid: mostly }),
      employment: fc.record({
        contributingNow: fc.constantFrom(true, true, true, undefined, undefined, false),
        outOfTownBranch: rarely,
        businessScope: maybe(fc.constantFrom('金属焊接加工', '面包烘焙、食品销售', '')),
      }),
      education: fc.array(
        fc.record({
          level: fc.constantFrom('associate', 'bachelor', 'master', 'doctor'),
          degree: fc.boolean(),
          fullTime: fc.boolean(),
          verified: mostly,
          foreign: rarely,
          obtainedOn: maybe(near(-8000, 400)),
          major: maybe(fc.record({ pair: fc.constantFrom(...MAJORS), postMatches: maybe(fc.boolean()) })),
        }),
        { maxLength: 3 },
      ),
      certificates: fc.array(
        fc.record({
          kind: fc.constantFrom('skill', 'title', 'qualification'),
          name: fc.constantFrom(...CERT_NAMES),
          skillLevel: maybe(fc.integer({ min: 1, max: 5 })),
          titleLevel: maybe(fc.constantFrom('junior', 'mid', 'senior')),
          obtainedOn: near(-7000, 300),
          obtainedBy: maybe(fc.constantFrom('exam', 'evaluation', 'assessment')),
          whileWorkingInShanghai: maybe(fc.boolean()),
          verifiedInShanghai: maybe(fc.boolean()),
          registered: maybe(fc.boolean()),
          registrationValidUntil: maybe(near(-700, 1500)),
          matchesPost: maybe(fc.boolean()),
          appointed: maybe(fc.boolean()),
          seriesConditionsMet: maybe(fc.boolean()),
        }),
        { maxLength: 3 },
      ),
      history,
      marriage: maybe(fc.record({ spouseShanghaiHukou: fc.boolean(), marriedOn: near(-9000, 100) })),
      startup: maybe(
        fc.record({
          incubatedMonths: fc.integer({ min: 0, max: 40 }),
          shareholdingPercent: fc.integer({ min: 0, max: 100 }),
          insuredByCompany: fc.boolean(),
        }),
      ),
      techTransfer: maybe(fc.record({ months: fc.integer({ min: 0, max: 40 }), registeredInstitution: fc.boolean() })),
      investment: maybe(
        fc.record({
          annualTax: maybe(fc.array(fc.integer({ min: 0, max: 3_000_000 }), { maxLength: 3 })),
          hukouEmployees: maybe(fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 3 })),
        }),
      ),
      publicService: fc.array(period('field', fc.constant('sanitation')), { maxLength: 2 }),
      remoteArea: fc.array(period('area', fc.constantFrom('lingang', 'newTown', 'northSouth', 'otherDesignated')), { maxLength: 3 }),
      freshGraduate: maybe(fc.record({ graduatedOn: near(-800, 200), fullTime: fc.boolean(), employmentNotice: fc.boolean() })),
      awards: fc.array(
        fc.record({
          level: fc.constantFrom('municipalSpecial', 'municipalComprehensive', 'provincialOrAbove'),
          receivedOn: near(-5000, 200),
          whileWorkingInShanghai: mostly,
          onCatalogue: mostly,
        }),
        { maxLength: 2 },
      ),
      records: fc.oneof(
        { weight: 3, arbitrary: fc.constant([]) },
        {
          weight: 1,
          arbitrary: fc.array(
            fc.record({
              kind: fc.constantFrom('falseMaterial', 'adminDetention', 'generalCrime', 'seriousCrime', 'familyPlanning'),
              date: near(-2500, 200),
            }),
            { maxLength: 2 },
          ),
        },
      ),
    })
    .map(({ history, education, ...rest }) => ({
      ...rest,
      education: education.map(({ major, ...e }) =>
        major ? { ...e, major: { name: major.pair[0], code: major.pair[1], postMatches: major.postMatches } } : e,
      ),
      socialInsurance: history.map(({ offset, ...m }) => ({ ...m, month: monthAt(date, offset) })),
    })) as fc.Arbitrary<ApplicantInput>;
}

const readingsArb = fc.record(
  {
    R1: fc.constantFrom('any6of12', 'last6consecutive'),
    R3: fc.constantFrom('catalogueAllLevels', 'catalogueLevels3to1'),
    R4: fc.constantFrom('examAnywhereEvaluationInShanghai', 'shanghaiOnly'),
    R5: fc.constantFrom('warning', 'gate'),
    R6: fc.constantFrom('allYearsOnceReached', 'yearsBeyondN'),
    R8: fc.constantFrom('talentDomain', 'socialInsuranceAverage'),
    R9: fc.constantFrom('atLeastLowerBound', 'ownBandOnly'),
    R11: fc.constantFrom('graduationYear', 'graduationYearOrNext'),
    W1: fc.constantFrom('previousMonth', 'applicationMonth'),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, string>>;

interface Scenario {
  date: string;
  raw: ApplicantInput;
  version: string | undefined;
  readings: Record<string, string>;
}

const scenario: fc.Arbitrary<Scenario> = assessmentDate.chain((date) =>
  fc.record({
    date: fc.constant(date),
    raw: applicantAround(date),
    version: maybe(fc.constantFrom('2013', '2017', '2022')),
    readings: readingsArb,
  }),
);

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
