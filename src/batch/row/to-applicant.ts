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
import type { IndicatorId } from '../../engine/types.ts';
import type { HistoryEntry } from '../history-types.ts';
import { type CellError, Cells } from './cells.ts';
import {
  AWARD,
  AWARD_EXPECTED,
  CERT_KIND,
  CERT_KIND_EXPECTED,
  type CertKind,
  EDUCATION,
  EDUCATION_EXPECTED,
  OBTAINED_BY,
  OBTAINED_BY_EXPECTED,
  SKILL_LEVEL,
  SKILL_LEVEL_EXPECTED,
  TITLE_LEVEL,
  TITLE_LEVEL_EXPECTED,
} from './enums.ts';

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
  const level = c.read('education', (s) => parseEnumCell(s, EDUCATION, EDUCATION_EXPECTED));
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
    c.need('education', undefined, { zh: '填写专业时须填写学历', en: 'required when a major is given' });
  }
  if (c.bool('freshGraduate')) {
    attempted.add('freshGraduate');
    c.need('graduatedOn', graduatedOn, { zh: '应届毕业生须填写毕业日期', en: 'required for a fresh graduate' });
    if (graduatedOn) input.freshGraduate = { graduatedOn, fullTime, employmentNotice: c.bool('employmentNotice') ?? false };
  }
}

function majorOf(c: Cells) {
  const name = c.text('majorName');
  const code = c.text('majorCode');
  const postMatches = c.bool('majorPostMatches');
  if (!name) c.fail('majorName', '填写专业代码时须填写专业名称', 'required with a major code');
  if (!/^\d{6,8}$/.test(code)) c.fail('majorCode', '专业代码应为6–8位数字', 'major code is 6–8 digits');
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
  const skillLevel = c.read('skillLevel', (s) => parseEnumCell(s, SKILL_LEVEL, SKILL_LEVEL_EXPECTED));
  const titleLevel = c.read('titleLevel', (s) => parseEnumCell(s, TITLE_LEVEL, TITLE_LEVEL_EXPECTED));
  let kind: CertKind | undefined = c.read('certKind', (s) => parseEnumCell(s, CERT_KIND, CERT_KIND_EXPECTED));
  if (!c.has('certKind')) kind = skillLevel !== undefined ? 'skill' : titleLevel !== undefined ? 'title' : undefined;
  c.need('certKind', kind, { zh: '填写证书时须填写证书类型', en: 'required with a certificate' });
  if (kind === 'skill') c.need('skillLevel', skillLevel, { zh: '技能等级证书须填写等级', en: 'required for a skill certificate' });
  if (kind === 'title') c.need('titleLevel', titleLevel, { zh: '职称须填写等级', en: 'required for a title' });
  const name = c.text('certName');
  if (!name) c.fail('certName', '填写证书时须填写证书名称', 'required with a certificate');
  const obtainedOn = c.need('certObtainedOn', c.date('certObtainedOn'), {
    zh: '填写证书时须填写取得日期',
    en: 'required with a certificate',
  });
  const obtainedBy = c.read('obtainedBy', (s) => parseEnumCell(s, OBTAINED_BY, OBTAINED_BY_EXPECTED));
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
    if (quick.length)
      c.fail(quick[0] as string, '已有社保明细，不要再填快速社保列', 'the monthly history is given: leave the quick columns empty');
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
  if (months < 0) c.fail('siMonths', '社保截止月早于起始月', '社保截止月 (end) is before 社保起始月 (start)');
  if (start && end && monthIndex(end) - monthIndex(start) + 1 !== months)
    c.fail('siMonths', '与社保起始月、截止月不一致', 'does not match 社保起始月 and 社保截止月');
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

  const award = c.read('award', (s) => parseEnumCell(s, AWARD, AWARD_EXPECTED));
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

/** Up to three whole numbers in one cell (commas may be thousands separators, so they do not separate). */
function numbers(c: Cells, key: string): number[] {
  if (!c.has(key)) return [];
  const items = splitList(c.text(key), false);
  if (items.length > 3) c.fail(key, '最多3个值（最近3年）', 'at most 3 values (the last 3 years)');
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
