import { monthString } from '../core/calendar.ts';
import { confirm, failed, met } from '../core/condition.ts';
import { sharedCache } from '../core/shared-cache.ts';
import type { Context } from './context.ts';
import { required } from './item.ts';
import type { Condition, Text } from './types.ts';

const windowTexts = sharedCache<Text>();

/** "2024-07至2024-12": the same few windows for every applicant assessed on nearby dates, so made once each. */
function windowText(v: object, from: number, to: number): Text {
  return windowTexts(v, from * 100_000 + to, () => ({
    zh: `${monthString(from)}至${monthString(to)}`,
    en: `${monthString(from)} → ${monthString(to)}`,
  }));
}

/** Who may apply (Art. 2, §3.1): checked before any score is shown as valid. */
export function eligibility(ctx: Context): Condition[] {
  const p = required(ctx.policy.params.eligibility, 'eligibility', ctx);
  const v = p.value;
  const a = ctx.applicant;
  const out: Condition[] = [];

  out.push(
    a.residencePermit.valid
      ? met('residencePermit', { zh: '持有效《上海市居住证》', en: 'holds a valid Shanghai residence permit' })
      : failed(
          'residencePermit',
          { zh: '未持有效《上海市居住证》', en: 'no valid Shanghai residence permit' },
          { zh: '先办理或签注居住证，3个工作日后再申请', en: 'obtain or renew the residence permit, then apply 3 working days later' },
        ),
  );

  // One pass over the history for all three facts: months in the window, and this and last month's contributions.
  // Eligibility is no item (nothing lists readings for it): it reads the W1 window end directly.
  const from = ctx.lastWindowMonth - v.siWindowMonths + 1;
  let months = 0;
  let thisMonth = false;
  let lastMonth = false;
  for (const m of ctx.history) {
    if (m.backPaid) continue;
    if (m.month >= from && m.month <= ctx.lastWindowMonth) months++;
    if (m.month === ctx.month) thisMonth = true;
    else if (m.month === ctx.month - 1) lastMonth = true;
  }
  const window = windowText(v, from, ctx.lastWindowMonth);
  out.push(
    months >= v.minSiMonths
      ? met('siMonths', {
          zh: `${window.zh}缴纳本市职工社保${months}个月（不含补缴）`,
          en: `${months} months of Shanghai social insurance in ${window.en} (back-paid excluded)`,
        })
      : failed(
          'siMonths',
          {
            zh: `${window.zh}仅缴纳本市职工社保${months}个月（不含补缴），需至少${v.minSiMonths}个月`,
            en: `only ${months} month(s) of Shanghai social insurance in ${window.en} (back-paid excluded); at least ${v.minSiMonths} needed`,
          },
          { zh: `再正常缴纳${v.minSiMonths - months}个月`, en: `${v.minSiMonths - months} more month(s) of regular contributions` },
        ),
  );

  const now = a.employment.contributingNow;
  const nowText = { zh: '申请当月在职并缴纳本市职工社保', en: 'employed and contributing in the application month' };
  if (now === true || (now === undefined && thisMonth)) out.push(met('contributingNow', { zh: nowText.zh, en: nowText.en }));
  else if (now === false || !lastMonth)
    out.push(
      failed(
        'contributingNow',
        { zh: `未${nowText.zh}`, en: `not ${nowText.en}` },
        { zh: '在职并由用人单位缴纳社保的当月才能申请', en: 'apply in a month when employed and insured by the employer' },
      ),
    );
  else
    out.push(
      confirm('contributingNow', nowText, {
        zh: '确认申请当月仍在职并缴纳社保',
        en: 'confirm you are still employed and insured this month',
      }),
    );

  out.push(
    a.employment.outOfTownBranch
      ? failed(
          'notOutOfTownBranch',
          { zh: '在本市单位的外省市分支机构工作', en: 'works at an out-of-town branch of a Shanghai employer' },
          { zh: '外省市分支机构人员不能申请', en: 'staff of branches outside Shanghai cannot apply' },
        )
      : met('notOutOfTownBranch', { zh: '不在外省市分支机构工作', en: 'not at an out-of-town branch' }),
  );
  return out;
}
