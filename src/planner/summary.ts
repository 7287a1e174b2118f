import type { Assessment, Text } from '../engine/types.ts';
import { text } from '../messages/catalogue.ts';
import type { Action, EligibilityPath, Gap, Projection } from './types.ts';

/** The plan in two or three sentences, zh and en, built from its parts. */
export function summarize(
  today: Assessment,
  gap: Gap,
  projection: Projection | null,
  actions: readonly Action[],
  horizonMonths: number,
  eligibility: EligibilityPath | null = null,
): Text {
  if (today.status === 'vetoed') {
    const v = today.vetoes.map((x) => ({ zh: `${x.label.zh}（${x.date}）`, en: `${x.label.en} (${x.date})` }));
    return {
      zh: `存在一票否决事项：${v.map((x) => x.zh).join('、')}，取消申请积分资格，不作计划。`,
      en: `A veto applies: ${v.map((x) => x.en).join(', ')}; the application is cancelled whatever the points, so there is no plan.`,
    };
  }
  if (today.status === 'outsideScheme') {
    const why = outsideSchemeText(today);
    return { zh: `${why.zh}：不在积分适用范围内，不作计划。`, en: `${why.en}: outside the points scheme, so there is no plan.` };
  }
  const parts: Text[] = [];
  if (gap.reachedToday)
    parts.push({
      zh: `今天${gap.total}分，已达到${gap.standardScore}分标准分值。`,
      en: `${gap.total} points today: the standard score of ${gap.standardScore} is reached.`,
    });
  else if (eligibility)
    parts.push(eligibility.text, {
      zh: `符合条件时可计${gap.scoreIfEligible}分。`,
      en: `Once eligible the items give ${gap.scoreIfEligible} points.`,
    });
  else
    parts.push({
      zh: `今天可计${gap.scoreIfEligible}分，距${gap.standardScore}分还差${gap.points}分。`,
      en: `${gap.scoreIfEligible} points today, ${gap.points} short of ${gap.standardScore}.`,
    });
  if (projection) {
    const loss = projection.events.find((e) => e.kind === 'loss');
    if (gap.reachedToday && loss) parts.push({ zh: `注意：${loss.text.zh}。`, en: `Note: ${loss.text.en}.` });
    if (!gap.reachedToday) {
      const r = projection.reaches;
      parts.push(
        r
          ? { zh: `若维持现状，预计${r.date}达到。`, en: `Waiting alone reaches it on ${r.date}.` }
          : { zh: `仅靠时间，${horizonMonths}个月内达不到。`, en: `Waiting alone does not reach it within ${horizonMonths} months.` },
      );
      const best = actions[0];
      if (best?.reaches && (!r || best.reaches.date < r.date)) {
        parts.push({
          zh: `首选途径：${best.title.zh}，预计${best.reaches.date}达到。`,
          en: `First choice: ${best.title.en}, reaching it on ${best.reaches.date}.`,
        });
      }
    }
  }
  return { zh: parts.map((p) => p.zh).join(''), en: parts.map((p) => p.en).join(' ') };
}

/** Why an applicant is outside the scheme: the age item's failed condition, as the engine words it. */
export function outsideSchemeText(today: Assessment): Text {
  const c = today.items.find((i) => i.id === 'age')?.conditions.find((x) => x.status === 'failed');
  return c ? text(c.text) : { zh: '不在积分适用年龄范围内', en: "outside the scheme's age range" };
}
