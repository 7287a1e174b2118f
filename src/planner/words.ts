import type { Condition } from '../core/condition.ts';
import { joined } from '../core/join.ts';
import { msg, type Said } from '../core/message.ts';

/** Several sentences or phrases as one, joined the way each language joins them (`common:join.*`, `planner:join.sentences`). */
export function join(parts: readonly Said[], how: 'semicolon' | 'comma' | 'sentences'): Said {
  return joined(parts, how === 'sentences' ? 'planner:join.sentences' : `common:join.${how}`) ?? msg('planner:join.empty');
}

/** A condition and, when it has one, its fix in brackets: the engine's reason as one phrase, in the engine's words. */
export function withFix(c: Condition): Said {
  return c.fix ? msg('engine:condition.withFix', { text: c.text, fix: c.fix }) : c.text;
}
