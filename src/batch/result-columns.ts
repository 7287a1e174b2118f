import type { Lang } from '../core/lang.ts';
import type { IndicatorId, Text } from '../engine/types.ts';
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

export const RESULT_COLUMNS: readonly ResultColumn[] = [
  { key: 'line', header: { zh: '行号', en: 'line' } },
  { key: 'status', header: { zh: '状态', en: 'status' } },
  { key: 'total', header: { zh: '总积分', en: 'total' } },
  { key: 'reaches', header: { zh: '达到120分', en: 'reached120' } },
  { key: 'gap', header: { zh: '距120分差距', en: 'gapTo120' } },
  { key: 'scoreIfEligible', header: { zh: '若符合条件积分', en: 'scoreIfEligible' } },
  ...INDICATORS.map((id) => ({ key: `points.${id}`, header: { zh: `${indicatorLabel(id).zh}得分`, en: `points.${id}` } })),
  { key: 'version', header: { zh: '版本', en: 'version' } },
  { key: 'confidence', header: { zh: '可信度', en: 'confidence' } },
  { key: 'reasons', header: { zh: '未得分原因', en: 'reasons' } },
  { key: 'error', header: { zh: '无法读取的原因', en: 'error' } },
];

export function resultHeaders(lang: Lang): string[] {
  return RESULT_COLUMNS.map((c) => c.header[lang]);
}

/** Headers of both languages: an old output file given as input has them, and they are dropped. */
export const ALL_RESULT_HEADERS: ReadonlySet<string> = new Set(RESULT_COLUMNS.flatMap((c) => [c.header.zh, c.header.en]));
