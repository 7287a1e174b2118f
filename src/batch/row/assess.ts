import { parseApplicant, ValidationError } from '../../applicant/index.ts';
import type { Lang } from '../../core/lang.ts';
import { msg } from '../../core/message.ts';
import { assess } from '../../engine/assess.ts';
import type { Assessment } from '../../engine/types.ts';
import { whyNot } from '../../explain/why-not.ts';
import { CONFIDENCE, NO, STATUS, YES } from '../../explain/words.ts';
import { say } from '../../messages/catalogue.ts';
import type { HistoryEntry } from '../history-types.ts';
import { COLUMNS, HISTORY_COLUMNS, HISTORY_SHEET } from '../layout.ts';
import { INDICATORS, RESULT_KEYS } from '../result-columns.ts';
import { blankRow } from './blank.ts';
import type { CellError } from './cells.ts';
import { rowToApplicant } from './to-applicant.ts';
import type { OutCell, RowJob, RowOut, RowSetup } from './types.ts';

const UNREADABLE = msg('engine:batchRow.unreadable');
const SEPARATOR = msg('engine:batchRow.separator');
const NAMES = new Map([...COLUMNS, ...HISTORY_COLUMNS].map((c) => [c.key, c.zh]));

function errorText(e: CellError, lang: Lang): string {
  const column = msg('engine:batchRow.column', { name: NAMES.get(e.column) ?? e.column, key: e.column });
  const where = e.historyLine === undefined ? '' : msg('engine:batchRow.historyLine', { sheet: HISTORY_SHEET, line: e.historyLine });
  return say(lang, msg('engine:batchRow.error', { where, column, message: e.message }));
}

/** Where a schema issue comes from in the flat layout (the row builder has already checked the formats). */
const PATH_COLUMNS: [RegExp, string][] = [
  [/^reference/, 'reference'],
  [/^idNumber/, 'idNumber'],
  [/^birthDate/, 'birthDate'],
  [/^education\.\d+\.major\.name/, 'majorName'],
  [/^education\.\d+\.major\.code/, 'majorCode'],
  [/^education\.\d+\.obtainedOn/, 'graduatedOn'],
  [/^education/, 'education'],
  [/^freshGraduate/, 'graduatedOn'],
  [/^certificates\.\d+\.obtainedOn/, 'certObtainedOn'],
  [/^certificates\.\d+\.name/, 'certName'],
  [/^certificates/, 'certKind'],
  [/^marriage/, 'marriedOn'],
  [/^awards/, 'awardDate'],
  [/^investment\.annualTax/, 'annualTax'],
  [/^investment/, 'hukouEmployees'],
  [/^employment\.post/, 'post'],
];

function issueErrors(error: ValidationError, history: HistoryEntry | undefined): CellError[] {
  return error.issues.map((issue) => {
    const path = issue.path.replace(/\[(\d+)\]/g, '.$1');
    const si = /^socialInsurance\.(\d+)/.exec(path);
    if (si) {
      const line = history?.lines[Number(si[1])];
      return { column: history ? 'month' : 'siMonths', message: issue.message, ...(line === undefined ? {} : { historyLine: line }) };
    }
    const column = PATH_COLUMNS.find(([re]) => re.test(path))?.[1] ?? issue.path;
    return { column, message: issue.message };
  });
}

const indexes = new WeakMap<RowSetup, Map<string, number>>();

/** Column position of each layout key, worked out once per run rather than per row. */
function columnIndex(setup: RowSetup): Map<string, number> {
  let m = indexes.get(setup);
  if (!m) {
    m = new Map();
    setup.keys.forEach((k, i) => {
      if (k) m?.set(k, i);
    });
    indexes.set(setup, m);
  }
  return m;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** Column of each indicator among the result cells. */
const INDICATOR_COLUMN = new Map(INDICATORS.map((id, i) => [id, 6 + i]));

/** Assesses one row; never throws for bad data: the row comes back with its reason. */
export function assessRow(job: RowJob, setup: RowSetup): RowOut {
  const { lang, keys, keep } = setup;
  if (!job.error && isBlank(job.cells)) return { cells: blankRow(job.line, setup), kind: 'blank', reaches: false };
  // One array for the row: the input cells kept, then the result columns (`r` + i).
  const r = keep.length;
  const cells = new Array<OutCell>(r + RESULT_KEYS.length);
  for (let i = 0; i < r; i++) cells[i] = job.cells[keep[i] as number] ?? '';
  cells.fill('', r);
  cells[r] = job.line;
  const fail = (errors: string[]): RowOut => {
    cells[r + 1] = say(lang, UNREADABLE);
    cells[cells.length - 1] = errors.join(say(lang, SEPARATOR));
    return { cells, kind: 'unreadable', reaches: false };
  };

  if (job.error) return fail([job.error[lang]]);
  let extra = 0;
  for (let i = keys.length; i < job.cells.length; i++) if ((job.cells[i] as string).trim() !== '') extra++;
  if (extra) {
    return fail([say(lang, msg('engine:batchRow.extraCells', { extra }))]);
  }

  const columns = columnIndex(setup);
  const row = rowToApplicant(
    (k) => {
      const i = columns.get(k);
      return i === undefined ? '' : (job.cells[i] ?? '');
    },
    setup.date,
    job.history,
  );
  if (!row.input) return fail(row.errors.map((e) => errorText(e, lang)));
  let assessment: Assessment;
  try {
    assessment = assess(parseApplicant(row.input), { date: setup.date, version: setup.version, readings: setup.readings });
  } catch (error) {
    if (error instanceof ValidationError) return fail(issueErrors(error, job.history).map((e) => errorText(e, lang)));
    // A bug met on one row must not lose the million others: the row says so and the run goes on.
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return fail([say(lang, msg('engine:batchRow.internalError', { what }))]);
  }

  const a = assessment;
  cells[r + 1] = say(lang, STATUS[a.status]);
  cells[r + 2] = a.total;
  cells[r + 3] = say(lang, a.reaches ? YES : NO);
  cells[r + 4] = Math.max(0, a.standardScore - a.total);
  cells[r + 5] = a.scoreIfEligible;
  for (let i = 6; i < 6 + INDICATORS.length; i++) cells[r + i] = 0;
  for (const item of a.items) {
    const column = INDICATOR_COLUMN.get(item.id);
    if (column !== undefined) cells[r + column] = item.counted ? item.points : 0;
  }
  const after = r + 6 + INDICATORS.length;
  cells[after] = a.version.id;
  cells[after + 1] = say(lang, CONFIDENCE[a.confidence]);
  cells[after + 2] = whyNot(a, { only: row.attempted, firstPerItem: true })
    .map((w) =>
      say(
        lang,
        msg(w.status === 'confirm' ? 'engine:batchRow.reasonToConfirm' : 'engine:batchRow.reason', { label: w.label, text: w.text }),
      ),
    )
    .join(say(lang, SEPARATOR));
  return { cells, kind: a.status, reaches: a.reaches };
}
