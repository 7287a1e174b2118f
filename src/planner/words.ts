import { joined } from '../core/join.ts';
import { type Msg, msg, type Said } from '../core/message.ts';
import type { PlanCondition } from './types.ts';

/** A question the applicant confirms, with what makes it true: the planner's own conditions (planner:… messages). */
export function ask(id: string, question: Msg, fix: Msg): PlanCondition {
  return { id, status: 'confirm', text: question, fix };
}

/** Several sentences or phrases as one, joined the way each language joins them (`planner:join.*`). */
export function join(parts: readonly Said[], how: 'semicolon' | 'comma' | 'sentences'): Said {
  return joined(parts, `planner:join.${how}`) ?? msg('planner:join.empty');
}

/** A condition and, when it has one, its fix in brackets: the engine's reason as one phrase. */
export function withFix(c: { text: Said; fix?: Said }): Said {
  return c.fix ? msg('planner:withFix', { text: c.text, fix: c.fix }) : c.text;
}
