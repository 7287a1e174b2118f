import { type MsgParams, msg } from '../core/message.ts';
import type { Text } from '../core/text.ts';
import { todayInShanghai } from '../core/today.ts';
import { lookup, text } from '../messages/catalogue.ts';
import { type DatedParam, files, type ParamId, type ParamValue, param } from '../policy/index.ts';
import { AWARD, CERT_KIND, EDUCATION, OBTAINED_BY, SKILL_LEVEL, TITLE_LEVEL, YES_NO_CHOICES } from './row/enums.ts';

/**
 * The flat spreadsheet layout of `hujifen batch`: one applicant per row, headers decide (Chinese or English,
 * any order). docs/cli.md documents every column; `hujifen template` writes it with validation lists. The words
 * people read and type — headers, what goes in a cell, what it means, the example — are the catalogue's
 * (`batch:columns.<key>`, `batch:history.<key>`, `batch:types.<type>`); the keys are the English headers.
 */
export interface ColumnDef {
  key: string;
  /** The Chinese header. */
  zh: string;
  /** What goes in the cell. */
  type: Text;
  /** Allowed values offered as a drop-down list in the template. */
  choices?: readonly string[];
  meaning: Text;
  /** The template's example row. */
  example: string;
  /** What the cell holds when not text: XLSX output writes it as a number or a date, not as text. */
  value?: CellValueKind;
}

export type CellValueKind = 'date' | 'int' | 'years' | 'yuan';

/** How a cell is written, by the catalogue's type key (`batch:types.*`). */
type CellType =
  | 'text'
  | 'date'
  | 'dates'
  | 'month'
  | 'yesNo'
  | 'int'
  | 'years'
  | 'yuan'
  | 'education'
  | 'certKind'
  | 'skillLevel'
  | 'titleLevel'
  | 'obtainedBy'
  | 'award'
  | 'annualTax'
  | 'hukouEmployees';

const VALUE_KINDS: Partial<Record<CellType, CellValueKind>> = { date: 'date', int: 'int', years: 'years', yuan: 'yuan' };

const CHOICES: Partial<Record<CellType, readonly string[]>> = {
  yesNo: YES_NO_CHOICES,
  education: EDUCATION.choices,
  certKind: CERT_KIND.choices,
  skillLevel: SKILL_LEVEL.choices,
  titleLevel: TITLE_LEVEL.choices,
  obtainedBy: OBTAINED_BY.choices,
  award: AWARD.choices,
};

/** A parameter in force today (a template has no assessment date), else its newest value: what the layout quotes. */
function today<K extends ParamId>(id: K): ParamValue<K> {
  const p = param(id, todayInShanghai()) ?? (files[id].values.at(-1) as DatedParam<K> | undefined);
  if (!p) throw new RangeError(`no value of "${id}"`);
  return p.value;
}

/** The policy's numbers that notes and types quote, by catalogue key: never typed into a sentence. */
function policyNumbers(): Record<string, MsgParams> {
  const points = today('education').points;
  const years = { years: today('investment').windowYears };
  const lastFamilyPlanning = files.vetoes.values.filter((v) => v.value.items.includes('familyPlanning')).at(-1)?.to;
  return {
    'batch:columns.education.meaning': { noDegree: points.bachelorNoDegree, bachelor: points.bachelor },
    'batch:columns.annualTax.meaning': years,
    'batch:columns.hukouEmployees.meaning': years,
    'batch:types.annualTax': years,
    'batch:types.hukouEmployees': years,
    // The veto's last day is in the policy; the note names the first year without it.
    'batch:columns.familyPlanningDates.meaning': { year: lastFamilyPlanning ? Number(lastFamilyPlanning.slice(0, 4)) + 1 : '' },
  };
}
const NUMBERS = policyNumbers();

function column(group: 'columns' | 'history', key: string, type: CellType): ColumnDef {
  const at = `batch:${group}.${key}`;
  const value = VALUE_KINDS[type];
  const choices = CHOICES[type];
  return {
    key,
    zh: lookup('zh', `${at}.name`) ?? key,
    type: text(msg(`batch:types.${type}`, NUMBERS[`batch:types.${type}`])),
    meaning: text(msg(`${at}.meaning`, NUMBERS[`${at}.meaning`])),
    // The example row is the same in both languages' templates: the words a Chinese form is filled with.
    example: lookup('zh', `${at}.example`) ?? '',
    ...(choices ? { choices } : {}),
    ...(value ? { value } : {}),
  };
}

const MAIN: readonly [string, CellType][] = [
  ['reference', 'text'],
  ['idNumber', 'text'],
  ['birthDate', 'date'],
  ['residencePermitValid', 'yesNo'],
  ['contributingNow', 'yesNo'],
  ['outOfTownBranch', 'yesNo'],
  ['post', 'text'],
  ['education', 'education'],
  ['fullTime', 'yesNo'],
  ['graduatedOn', 'date'],
  ['educationVerified', 'yesNo'],
  ['foreignEducation', 'yesNo'],
  ['majorName', 'text'],
  ['majorCode', 'text'],
  ['majorPostMatches', 'yesNo'],
  ['freshGraduate', 'yesNo'],
  ['employmentNotice', 'yesNo'],
  ['certKind', 'certKind'],
  ['certName', 'text'],
  ['skillLevel', 'skillLevel'],
  ['titleLevel', 'titleLevel'],
  ['certObtainedOn', 'date'],
  ['obtainedBy', 'obtainedBy'],
  ['whileWorkingInShanghai', 'yesNo'],
  ['verifiedInShanghai', 'yesNo'],
  ['matchesPost', 'yesNo'],
  ['appointed', 'yesNo'],
  ['registered', 'yesNo'],
  ['seriesConditionsMet', 'yesNo'],
  ['siStartMonth', 'month'],
  ['siEndMonth', 'month'],
  ['siMonths', 'int'],
  ['siBase', 'yuan'],
  ['spouseShanghaiHukou', 'yesNo'],
  ['marriedOn', 'date'],
  ['lingangYears', 'years'],
  ['newTownYears', 'years'],
  ['sanitationYears', 'years'],
  ['award', 'award'],
  ['awardDate', 'date'],
  ['annualTax', 'annualTax'],
  ['hukouEmployees', 'hukouEmployees'],
  ['falseMaterialDates', 'dates'],
  ['adminDetentionDates', 'dates'],
  ['generalCrimeDates', 'dates'],
  ['seriousCrimeDates', 'dates'],
  ['familyPlanningDates', 'dates'],
];

const HISTORY: readonly [string, CellType][] = [
  ['reference', 'text'],
  ['month', 'month'],
  ['base', 'yuan'],
  ['backPaid', 'yesNo'],
  ['employerMatchesContract', 'yesNo'],
  ['taxMatches', 'yesNo'],
];

export const COLUMNS: readonly ColumnDef[] = MAIN.map(([key, type]) => column('columns', key, type));

/** The monthly history (sheet 社保明细, or the CSV given with --history). */
export const HISTORY_COLUMNS: readonly ColumnDef[] = HISTORY.map(([key, type]) => column('history', key, type));

export const HISTORY_SHEET = lookup('zh', 'batch:sheets.history') as string;
export const MAIN_SHEET: Text = text(msg('batch:sheets.main'));
