import { confirm, failed, met } from '../../../core/condition.ts';
import { type Msg, msg } from '../../../core/message.ts';
import type { Condition } from '../../types.ts';
import genericCharacters from './generic-characters.json' with { type: 'json' };

/**
 * The employer's business scope (经营范围) against the certificate (reading R5; no official basis found).
 * Default `warning`: a note that the district centre may check it, never a condition.
 * Alternative `gate`: deliberately crude — the scope fails only when it shares not one meaningful Chinese character
 * with the certificate's names (generic characters such as 工, 师, 员, 资格, 注册, listed in generic-characters.json, are ignored). It catches clear
 * mismatches (焊工 in a bakery) and lets anything plausible through; a human still decides.
 */

const GENERIC = new Set(genericCharacters.join(''));
const HAN = /\p{Script=Han}/u;

function meaningful(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) for (const ch of name) if (HAN.test(ch) && !GENERIC.has(ch)) out.add(ch);
  return out;
}

export const businessScopeWarning: Msg = msg('engine:titleSkill.businessScope.warning');

export function businessScopeGate(names: readonly string[], scope: string | undefined): Condition {
  const fix = msg('engine:titleSkill.businessScope.fix');
  if (scope === undefined || scope.trim() === '') {
    return confirm('businessScope', msg('engine:titleSkill.businessScope.question'), msg('engine:titleSkill.businessScope.give'));
  }
  const chars = meaningful(names);
  if (chars.size === 0) {
    return confirm('businessScope', msg('engine:titleSkill.businessScope.cannotCompare'), fix);
  }
  for (const ch of scope) if (chars.has(ch)) return met('businessScope', msg('engine:titleSkill.businessScope.related'));
  return failed('businessScope', msg('engine:titleSkill.businessScope.unrelated'), fix);
}
