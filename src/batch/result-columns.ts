import type { Lang } from '../core/lang.ts';
import { msg } from '../core/message.ts';
import type { IndicatorId, Text } from '../engine/types.ts';
import { say, text } from '../messages/catalogue.ts';
import { files, param } from '../policy/index.ts';

/** The columns `hujifen batch` adds after the input columns of every row. */

export const INDICATORS: readonly IndicatorId[] = [
  'age',
  'education',
  'titleSkill',
  'siYears',
  'startupTalent',
  'intermediaryTalent',
  'shortageMajor',
  'investment',
  'siBase',
  'publicService',
  'remoteArea',
  'freshGraduate',
  'award',
  'spouse',
  'falseMaterial',
  'adminDetention',
  'generalCrime',
];

function indicatorLabel(id: IndicatorId): Text {
  if (id === 'falseMaterial' || id === 'adminDetention' || id === 'generalCrime')
    return files.deductions.labels?.[id] ?? { zh: id, en: id };
  return files[id].label ?? { zh: id, en: id };
}

export interface ResultColumn {
  key: string;
  header: Text;
}

/** Result columns headed by the catalogue (`batch:results.<key>`): Chinese words, or an English key. */
const HEADED = ['line', 'status', 'total', 'reaches', 'gap', 'scoreIfEligible', 'version', 'confidence', 'reasons', 'error'];
const BEFORE_POINTS = 6;

/** The keys of the result columns, in order (the same whatever the policy in force). */
export const RESULT_KEYS: readonly string[] = [
  ...HEADED.slice(0, BEFORE_POINTS),
  ...INDICATORS.map((id) => `points.${id}`),
  ...HEADED.slice(BEFORE_POINTS),
];

/** An indicator's points: headed by its label in Chinese and by `points.<id>` in English. */
const points = (id: IndicatorId): ResultColumn => ({
  key: `points.${id}`,
  header: { zh: say('zh', msg('batch:results.points', { label: indicatorLabel(id) })), en: `points.${id}` },
});

const byStandard = new Map<number, readonly ResultColumn[]>();

/** The result columns when `standard` is the standard score in force: two headers name it (达到120分, gapTo120). */
export function resultColumns(standard: number): readonly ResultColumn[] {
  let columns = byStandard.get(standard);
  if (!columns) {
    const column = (key: string): ResultColumn => ({ key, header: text(msg(`batch:results.${key}`, { score: standard })) });
    columns = [...HEADED.slice(0, BEFORE_POINTS).map(column), ...INDICATORS.map(points), ...HEADED.slice(BEFORE_POINTS).map(column)];
    byStandard.set(standard, columns);
  }
  return columns;
}

/** The standard score in force on `date` (0 outside the scheme). */
export function standardOn(date: string): number {
  return param('aggregation', date)?.value.standardScore ?? 0;
}

export function resultHeaders(lang: Lang, standard: number): string[] {
  return resultColumns(standard).map((c) => c.header[lang]);
}

/**
 * Headers of both languages under every standard score of every version: an old output file given as input has
 * them, and they are dropped.
 */
export const ALL_RESULT_HEADERS: ReadonlySet<string> = new Set(
  [...new Set(files.aggregation.values.map((v) => v.value.standardScore))].flatMap((standard) =>
    resultColumns(standard).flatMap((c) => [c.header.zh, c.header.en]),
  ),
);
