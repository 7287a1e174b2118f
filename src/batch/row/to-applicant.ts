import type { ApplicantInput } from '../../applicant/applicant.ts';
import {
  parseDateCell,
  parseEnumCell,
  parseIntCell,
  parseMonthCell,
  parseYearsCell,
  parseYuanCell,
  splitList,
} from '../../applicant/cells.ts';
import { addMonthsToDate, monthIndex } from '../../core/calendar.ts';
import { msg } from '../../core/message.ts';
import type { IndicatorId } from '../../engine/types.ts';
import type { HistoryEntry } from '../history-types.ts';
import { type CellError, Cells } from './cells.ts';
import { AWARD, CERT_KIND, type CertKind, EDUCATION, OBTAINED_BY, SKILL_LEVEL, TITLE_LEVEL } from './enums.ts';

export interface RowApplicant {
  input: ApplicantInput | undefined;
  errors: CellError[];
  /** Indicators the row gave facts for: their "why not" is worth reporting. */
  attempted: Set<IndicatorId>;
}

type Certificate = NonNullable<ApplicantInput['certificates']>[number];
type Months = NonNullable<ApplicantInput['socialInsurance']>;

const MAX_SI_MONTHS = 600;
const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/** "YYYY-MM" of a month index (year × 12 + month − 1), made once per month: rows repeat the same few hundred. */
const monthTexts: string[] = [];
function monthText(index: number): string {
  let text = monthTexts[index];
  if (text === undefined) {
    text = `${String(Math.floor(index / 12)).padStart(4, '0')}-${MONTHS[index % 12]}`;
    monthTexts[index] = text;
  }
  return text;
}

/**
 * Builds the applicant model from one flat row (cells by column key; docs/cli.md). Every bad cell is reported,
 * not just the first; the result is then validated by parseApplicant like any other input.
 */
export function rowToApplicant(get: (key: string) => string, date: string, history: HistoryEntry | undefined): RowApplicant {
  const c = new Cells(get);
  const attempted = new Set<IndicatorId>();
  const input: ApplicantInput = { birthDate: c.need('birthDate', c.date('birthDate')) ?? '' };
  if (c.has('reference')) input.reference = c.text('reference');
  if (c.has('idNumber')) input.idNumber = c.text('idNumber');
  const permit = c.bool('residencePermitValid');
  if (permit !== undefined) input.residencePermit = { valid: permit };
  const contributingNow = c.bool('contributingNow');
  input.employment = {
    outOfTownBranch: c.bool('outOfTownBranch') ?? false,
    ...(contributingNow === undefined ? {} : { contributingNow }),
    ...(c.has('post') ? { post: c.text('post') } : {}),
  };

  educationOf(c, input, attempted);
  const certificate = certificateOf(c);
  if (certificate) {
    attempted.add('titleSkill');
    input.certificates = [certificate];
  }
  input.socialInsurance = socialInsurance(c, date, history);
  if (input.socialInsurance.length) attempted.add('siBase');
  bonuses(c, input, attempted, date);
  input.records = records(c);
  return { input: c.errors.length ? undefined : input, errors: c.errors, attempted };
}

/** Education, its major (shortage-major bonus) and the fresh-graduate bonus. */
function educationOf(c: Cells, input: ApplicantInput, attempted: Set<IndicatorId>): void {
  const level = c.read('education', (s) => parseEnumCell(s, EDUCATION.table, EDUCATION.expected));
  const fullTime = c.bool('fullTime') ?? true;
  const graduatedOn = c.date('graduatedOn');
  const majorGiven = c.has('majorName') || c.has('majorCode');
  if (level) {
    attempted.add('education');
    input.education = [
      {
        level: level === 'bachelorNoDegree' ? 'bachelor' : level,
        degree: level !== 'bachelorNoDegree',
        fullTime,
        verified: c.bool('educationVerified') ?? true,
        foreign: c.bool('foreignEducation') ?? false,
        ...(graduatedOn ? { obtainedOn: graduatedOn } : {}),
        ...(majorGiven ? { major: majorOf(c) } : {}),
      },
    ];
    if (majorGiven) attempted.add('shortageMajor');
  } else if (majorGiven) {
    c.need('education', undefined, msg('batch:cells.educationWithMajor'));
  }
  if (c.bool('freshGraduate')) {
    attempted.add('freshGraduate');
    c.need('graduatedOn', graduatedOn, msg('batch:cells.graduatedOnForFresh'));
    if (graduatedOn) input.freshGraduate = { graduatedOn, fullTime, employmentNotice: c.bool('employmentNotice') ?? false };
  }
}

function majorOf(c: Cells) {
  const name = c.text('majorName');
  const code = c.text('majorCode');
  const postMatches = c.bool('majorPostMatches');
  if (!name) c.fail('majorName', 'majorNameWithCode');
  if (!/^\d{6,8}$/.test(code)) c.fail('majorCode', 'majorCode');
  return { name, code, ...(postMatches === undefined ? {} : { postMatches }) };
}

const CERT_FLAGS = [
  'whileWorkingInShanghai',
  'verifiedInShanghai',
  'matchesPost',
  'appointed',
  'registered',
  'seriesConditionsMet',
] as const;

const CERT_COLUMNS = ['certKind', 'certName', 'skillLevel', 'titleLevel', 'certObtainedOn'];

/** One certificate; its kind may be left out when the skill or title level says it. */
function certificateOf(c: Cells): Certificate | undefined {
  if (!CERT_COLUMNS.some((k) => c.has(k))) return undefined;
  const skillLevel = c.read('skillLevel', (s) => parseEnumCell(s, SKILL_LEVEL.table, SKILL_LEVEL.expected));
  const titleLevel = c.read('titleLevel', (s) => parseEnumCell(s, TITLE_LEVEL.table, TITLE_LEVEL.expected));
  let kind: CertKind | undefined = c.read('certKind', (s) => parseEnumCell(s, CERT_KIND.table, CERT_KIND.expected));
  if (!c.has('certKind')) kind = skillLevel !== undefined ? 'skill' : titleLevel !== undefined ? 'title' : undefined;
  c.need('certKind', kind, msg('batch:cells.certKindWithCert'));
  if (kind === 'skill') c.need('skillLevel', skillLevel, msg('batch:cells.skillLevelForSkill'));
  if (kind === 'title') c.need('titleLevel', titleLevel, msg('batch:cells.titleLevelForTitle'));
  const name = c.text('certName');
  if (!name) c.fail('certName', 'certNameWithCert');
  const obtainedOn = c.need('certObtainedOn', c.date('certObtainedOn'), msg('batch:cells.certDateWithCert'));
  const obtainedBy = c.read('obtainedBy', (s) => parseEnumCell(s, OBTAINED_BY.table, OBTAINED_BY.expected));
  const cert: Certificate = { kind: kind ?? 'skill', name, obtainedOn: obtainedOn ?? '' };
  if (kind === 'skill' && skillLevel !== undefined) cert.skillLevel = skillLevel;
  if (kind === 'title' && titleLevel !== undefined) cert.titleLevel = titleLevel;
  if (obtainedBy) cert.obtainedBy = obtainedBy;
  for (const f of CERT_FLAGS) {
    const v = c.bool(f);
    if (v !== undefined) cert[f] = v;
  }
  return cert;
}

const QUICK_COLUMNS = ['siStartMonth', 'siEndMonth', 'siMonths', 'siBase'];

/** The 社保明细 rows for this reference, or the quick columns: N consecutive months at one base. */
function socialInsurance(c: Cells, date: string, history: HistoryEntry | undefined): Months {
  const quick = QUICK_COLUMNS.filter((k) => c.has(k));
  if (history) {
    for (const e of history.errors) c.errors.push({ column: e.column, message: e.message, historyLine: e.line });
    if (quick.length) c.fail(quick[0] as string, 'quickWithHistory');
    return history.months.map((m) => ({ ...m }));
  }
  if (!quick.length) return [];
  const start = c.read('siStartMonth', parseMonthCell);
  const end = c.read('siEndMonth', parseMonthCell);
  const base = c.need(
    'siBase',
    c.read('siBase', (s) => parseYuanCell(s)),
  );
  // The last month: as given; else start + months − 1 (start alone: the application month); else the last month
  // already posted, the month before the application month, where every count ends (reading W1), with the
  // application month paid too (still contributing), as the web's quick mode reads it: "3 years" fills the
  // 36-month band windows.
  let months = c.read('siMonths', (s) => parseIntCell(s, MAX_SI_MONTHS));
  const byDefault = !end && !start;
  const last = end
    ? monthIndex(end)
    : start
      ? months !== undefined
        ? monthIndex(start) + months - 1
        : monthIndex(date)
      : monthIndex(date) - 1;
  if (months === undefined && start && !c.has('siMonths')) months = last - monthIndex(start) + 1;
  if (c.need('siMonths', months) === undefined || months === undefined) return [];
  if (months < 0) c.fail('siMonths', 'endBeforeStart');
  if (start && end && monthIndex(end) - monthIndex(start) + 1 !== months) c.fail('siMonths', 'monthsMismatch');
  if (base === undefined || c.errors.length) return [];
  const count = byDefault && months > 0 ? months + 1 : months;
  const out: Months = new Array(count);
  const first = last - months + 1;
  for (let i = 0; i < count; i++) out[i] = { month: monthText(first + i), base };
  return out;
}

/** Spouse, remote areas, public service, award and investment. */
function bonuses(c: Cells, input: ApplicantInput, attempted: Set<IndicatorId>, date: string): void {
  const marriedOn = c.date('marriedOn');
  if (c.bool('spouseShanghaiHukou')) {
    attempted.add('spouse');
    if (c.need('marriedOn', marriedOn)) input.marriage = { spouseShanghaiHukou: true, marriedOn: marriedOn as string };
  } else if (marriedOn) input.marriage = { spouseShanghaiHukou: false, marriedOn };

  // Years up to the assessment date become one open period that started that many months before it.
  const since = (months: number) => addMonthsToDate(date, -months);
  const lingang = c.read('lingangYears', parseYearsCell);
  const newTown = c.read('newTownYears', parseYearsCell);
  const remote: NonNullable<ApplicantInput['remoteArea']> = [];
  if (lingang) remote.push({ area: 'lingang', from: since(lingang) });
  if (newTown) remote.push({ area: 'newTown', from: since(newTown) });
  if (remote.length) {
    attempted.add('remoteArea');
    input.remoteArea = remote;
  }
  const sanitation = c.read('sanitationYears', parseYearsCell);
  if (sanitation) {
    attempted.add('publicService');
    input.publicService = [{ field: 'sanitation', from: since(sanitation) }];
  }

  const award = c.read('award', (s) => parseEnumCell(s, AWARD.table, AWARD.expected));
  const awardDate = c.date('awardDate');
  if (award) {
    attempted.add('award');
    if (c.need('awardDate', awardDate)) input.awards = [{ level: award, receivedOn: awardDate as string }];
  }

  const annualTax = numbers(c, 'annualTax');
  const hukouEmployees = numbers(c, 'hukouEmployees');
  if (annualTax.length || hukouEmployees.length) {
    attempted.add('investment');
    input.investment = { ...(annualTax.length ? { annualTax } : {}), ...(hukouEmployees.length ? { hukouEmployees } : {}) };
  }
}

/** The investment indicator's years, one value each (the schema's limit too). */
const MAX_YEARS = 3;

/** Up to three whole numbers in one cell (commas may be thousands separators, so they do not separate). */
function numbers(c: Cells, key: string): number[] {
  if (!c.has(key)) return [];
  const items = splitList(c.text(key), false);
  if (items.length > MAX_YEARS) c.fail(key, 'atMostValues', { count: MAX_YEARS });
  const out: number[] = [];
  for (const item of items) {
    const r = parseIntCell(item);
    if (!r.ok) c.errors.push({ column: key, message: r.error });
    else if (r.value !== undefined) out.push(r.value);
  }
  return out;
}

const RECORD_COLUMNS = Object.entries({
  falseMaterialDates: 'falseMaterial',
  adminDetentionDates: 'adminDetention',
  generalCrimeDates: 'generalCrime',
  seriousCrimeDates: 'seriousCrime',
  familyPlanningDates: 'familyPlanning',
} as const);

function records(c: Cells): NonNullable<ApplicantInput['records']> {
  const out: NonNullable<ApplicantInput['records']> = [];
  for (const [column, kind] of RECORD_COLUMNS) {
    if (!c.has(column)) continue;
    for (const item of splitList(c.text(column))) {
      const r = parseDateCell(item);
      if (!r.ok) c.errors.push({ column, message: r.error });
      else if (r.value) out.push({ kind, date: r.value });
    }
  }
  return out;
}
