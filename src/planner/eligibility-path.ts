import type { Assessment, Said } from '../engine/types.ts';
import { text } from '../messages/catalogue.ts';
import type { EligibilityPath, Projection } from './types.ts';

/** For an applicant not eligible today: what fails, and the first day waiting (with the assumptions) fixes it. */
export function eligibilityPath(today: Assessment, projection: Projection): EligibilityPath {
  const failed = today.eligibility.filter((c) => c.status === 'failed');
  const eligibleFrom = projection.statusChanges.find((c) => c.from === 'ineligible' && c.to === 'scored')?.date ?? null;
  const texts = failed.map((c) => text(c.text));
  const what = { zh: texts.map((t) => t.zh).join('；'), en: texts.map((t) => t.en).join('; ') };
  if (eligibleFrom) {
    return {
      failed,
      eligibleFrom,
      text: {
        zh: `今天不符合申请条件（${what.zh}）；按预测，${eligibleFrom}起符合。`,
        en: `Not eligible today (${what.en}); by the projection, eligible from ${eligibleFrom}.`,
      },
    };
  }
  const fixes = failed.filter((c) => c.fix);
  return {
    failed,
    eligibleFrom: null,
    text: {
      zh: `今天不符合申请条件（${what.zh}），仅靠时间在预测期内仍不符合${fixes.length ? `：${fixes.map((c) => text(c.fix as Said).zh).join('；')}` : ''}。`,
      en: `Not eligible today (${what.en}), and waiting does not change that within the horizon${fixes.length ? `: ${fixes.map((c) => text(c.fix as Said).en).join('; ')}` : ''}.`,
    },
  };
}
