import { confirm, failed, met } from '../../../core/condition.ts';
import type { Condition, Text } from '../../types.ts';

/**
 * The employer's business scope (经营范围) against the certificate (reading R5; no official basis found).
 * Default `warning`: a note that the district centre may check it, never a condition.
 * Alternative `gate`: deliberately crude — the scope fails only when it shares not one meaningful Chinese character
 * with the certificate's names (generic characters such as 工, 师, 员, 资格, 注册 are ignored). It catches clear
 * mismatches (焊工 in a bakery) and lets anything plausible through; a human still decides.
 */

const GENERIC = new Set('工师员者人业职资格级中高初一二三四五注册专技术类执证书的与和及或管理操作');
const HAN = /\p{Script=Han}/u;

function meaningful(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) for (const ch of name) if (HAN.test(ch) && !GENERIC.has(ch)) out.add(ch);
  return out;
}

export const businessScopeWarning: Text = {
  zh: '区人才服务中心可能核对单位经营范围是否与证书专业相符（解读R5：仅作提示，不影响计分）',
  en: "The district centre may check that the employer's business scope matches the certificate (reading R5: a note only, not a condition)",
};

export function businessScopeGate(names: readonly string[], scope: string | undefined): Condition {
  const fix: Text = {
    zh: '单位经营范围须包含与证书相关的业务；或提供材料说明其相关性',
    en: "The employer's business scope must cover work related to the certificate, or its relevance must be shown",
  };
  if (scope === undefined || scope.trim() === '') {
    return confirm(
      'businessScope',
      {
        zh: '单位经营范围是否与证书专业相符？（解读R5备选：作为条件）',
        en: "Does the employer's business scope match the certificate? (reading R5, alternative: a condition)",
      },
      { zh: '提供单位经营范围', en: "Give the employer's business scope" },
    );
  }
  const chars = meaningful(names);
  if (chars.size === 0) {
    return confirm(
      'businessScope',
      {
        zh: '无法自动比对单位经营范围与证书，须人工核对（解读R5备选）',
        en: 'The business scope cannot be compared automatically: a human check is needed (reading R5, alternative)',
      },
      fix,
    );
  }
  for (const ch of scope)
    if (chars.has(ch))
      return met('businessScope', {
        zh: '单位经营范围与证书专业有关联（解读R5备选）',
        en: "the employer's business scope relates to the certificate (reading R5, alternative)",
      });
  return failed(
    'businessScope',
    {
      zh: '单位经营范围与证书专业无任何共同之处（解读R5备选：作为条件）',
      en: "the employer's business scope has nothing in common with the certificate (reading R5, alternative: a condition)",
    },
    fix,
  );
}
