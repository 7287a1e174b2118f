import { msg, type Said } from './message.ts';

/** met: satisfied; failed: not satisfied (the item gives 0 or less); confirm: only the applicant or the district centre can tell. */
export type ConditionStatus = 'met' | 'failed' | 'confirm';

export interface Condition {
  id: string;
  status: ConditionStatus;
  text: Said;
  /** What would change a failed or unconfirmed condition. */
  fix?: Said;
}

/** The one set of condition builders (engine, title/skill rule, catalogue, planner): a failed or unconfirmed condition says what would change it. */

export function met(id: string, text: Said): Condition {
  return { id, status: 'met', text };
}

export function failed(id: string, text: Said, fix?: Said): Condition {
  return fix ? { id, status: 'failed', text, fix } : { id, status: 'failed', text };
}

export function confirm(id: string, question: Said, fix: Said): Condition {
  return { id, status: 'confirm', text: question, fix };
}

/** The fix of a question the applicant answers: "Answer: <the question>". */
export function answer(question: Said): Said {
  return msg('engine:condition.answer', { question });
}

/**
 * A yes/no fact the applicant supplies: true → met, false → failed, unknown → the question to answer.
 * `fix` for failed; the confirm fix asks for the fact itself.
 */
export function fromFact(id: string, fact: boolean | undefined, texts: { yes: Said; no: Said; question: Said; fix: Said }): Condition {
  if (fact === true) return met(id, texts.yes);
  if (fact === false) return failed(id, texts.no, texts.fix);
  return confirm(id, texts.question, answer(texts.question));
}
