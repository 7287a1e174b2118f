import type { Lang } from '../core/lang.ts';
import { msg } from '../core/message.ts';
import type { IndicatorId, Text } from '../engine/types.ts';
import { say, text } from '../messages/catalogue.ts';
import { files } from '../policy/index.ts';

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

/** A result column headed by the catalogue (`batch:results.<key>`): Chinese words, or an English key. */
const column = (key: string): ResultColumn => ({ key, header: text(msg(`batch:results.${key}`)) });

/** An indicator's points: headed by its label in Chinese and by `points.<id>` in English. */
const points = (id: IndicatorId): ResultColumn => ({
  key: `points.${id}`,
  header: { zh: say('zh', msg('batch:results.points', { label: indicatorLabel(id) })), en: `points.${id}` },
});

export const RESULT_COLUMNS: readonly ResultColumn[] = [
  ...['line', 'status', 'total', 'reaches', 'gap', 'scoreIfEligible'].map(column),
  ...INDICATORS.map(points),
  ...['version', 'confidence', 'reasons', 'error'].map(column),
];

export function resultHeaders(lang: Lang): string[] {
  return RESULT_COLUMNS.map((c) => c.header[lang]);
}

/** Headers of both languages: an old output file given as input has them, and they are dropped. */
export const ALL_RESULT_HEADERS: ReadonlySet<string> = new Set(RESULT_COLUMNS.flatMap((c) => [c.header.zh, c.header.en]));
