// The engine's property generator: an assessment date from the start of the scheme to 2030, a raw applicant around
// it (as a caller would send it), a pinned version or none, and switched readings. Shared by the engine's property
// test, the planner's (the near miss dated from change points) and scripts/golden-dump.ts.
import fc from 'fast-check';
import { type Applicant, type ApplicantInput, parseApplicant, ValidationError } from '../../src/engine/index.ts';

const DAY = 86_400_000;
const SCHEME_START = Date.UTC(2013, 6, 1);
const LAST_DATE = Date.UTC(2030, 11, 31);

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function shiftDays(date: string, days: number): string {
  return isoDay(Date.parse(`${date}T00:00:00Z`) + days * DAY);
}

export function monthAt(date: string, offset: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Assessment dates from the start of the scheme to 2030 (past the 2022 revision's stated validity). */
/** An integer drawn evenly from [min, max] (fast-check otherwise favours the bounds and small values). */
const flat = (min: number, max: number) => fc.noBias(fc.integer({ min, max }));

const assessmentDate = flat(0, (LAST_DATE - SCHEME_START) / DAY).map((n) => isoDay(SCHEME_START + n * DAY));

/** Bases that sit on the band edges of 10,338 and 11,396, and anything else. */
export const base = fc.oneof(
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

export interface Scenario {
  date: string;
  raw: ApplicantInput;
  version: string | undefined;
  readings: Record<string, string>;
}

export const scenario: fc.Arbitrary<Scenario> = assessmentDate.chain((date) =>
  fc.record({
    date: fc.constant(date),
    raw: applicantAround(date),
    version: maybe(fc.constantFrom('2013', '2017', '2022')),
    readings: readingsArb,
  }),
);

/** parseApplicant, or undefined when it rejects the input (the properties are about accepted input only). */
export function tryParse(raw: unknown): Applicant | undefined {
  try {
    return parseApplicant(raw);
  } catch (e) {
    if (e instanceof ValidationError) return undefined;
    throw e;
  }
}
