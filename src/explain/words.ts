import type { Confidence } from '../core/confidence.ts';
import type { Text } from '../core/text.ts';
import type { AssessmentStatus } from '../engine/types.ts';

/** Words for the engine's enumerations, in both languages. */
export const STATUS: Record<AssessmentStatus, Text> = {
  scored: { zh: '已评分', en: 'scored' },
  ineligible: { zh: '不符合申请条件', en: 'not eligible to apply' },
  vetoed: { zh: '一票否决', en: 'vetoed' },
  outsideScheme: { zh: '不在积分适用范围', en: 'outside the scheme' },
};

export const CONFIDENCE: Record<Confidence, Text> = {
  high: { zh: '高', en: 'high' },
  medium: { zh: '中', en: 'medium' },
  low: { zh: '低', en: 'low' },
};

export const YES: Text = { zh: '是', en: 'yes' };
export const NO: Text = { zh: '否', en: 'no' };
