import { type Msg, msg } from '../../core/message.ts';
import type { DatedParam } from '../../policy/index.ts';
import type { Context } from '../context.ts';
import { item } from '../item.ts';
import type { Condition, Fact, ItemResult, Text } from '../types.ts';

type FlatBonusId = 'freshGraduate' | 'startupTalent' | 'intermediaryTalent' | 'shortageMajor';

/** A bonus of fixed points, given whole when `scored` (every condition met) and 0 otherwise: its line. */
export function flatBonus<K extends FlatBonusId>(
  ctx: Context,
  line: {
    id: K;
    label: Text;
    param: DatedParam<K>;
    scored: boolean;
    /** The explanation's key when scored (told the points as `points`), and the explanation when not. */
    yes: string;
    no: Msg;
    facts: Record<string, Fact>;
    conditions: Condition[];
  },
): ItemResult {
  const points = line.scored ? line.param.value.points : 0;
  return item(ctx, {
    id: line.id,
    group: 'bonus',
    label: line.label,
    points,
    max: line.param.value.points,
    param: line.param,
    explanation: points ? msg(line.yes, { points }) : line.no,
    facts: line.facts,
    conditions: line.conditions,
    extraConfidence: undefined,
    documents: ctx.policy.documents[line.id],
    checks: undefined,
  });
}
