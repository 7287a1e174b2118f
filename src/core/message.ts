import type { Text } from './text.ts';

/**
 * A sentence as data: a key of the message catalogue (`messages/<lang>/<namespace>.json`, written
 * `namespace:path.to.key`) and the facts it speaks of. Each door renders it in its reader's language
 * (`src/messages/`); the engine, the catalogue and the planner only ever build these.
 */
export interface Msg {
  key: string;
  params?: MsgParams;
}

/**
 * A parameter: a number or a string (ids, dates, months, names), or a nested message or Text — a label
 * inside a sentence, or a name that data carries in both languages (catalogue entries, policy articles).
 */
export type MsgParam = string | number | Msg | Text;
export type MsgParams = Readonly<Record<string, MsgParam>>;

/** What an output holds for people: a message, or a Text from data that carries both languages itself. */
export type Said = Msg | Text;

export function msg(key: string, params?: MsgParams): Msg {
  return params === undefined ? { key } : { key, params };
}

export function isMsg(s: Said): s is Msg {
  return (s as Msg).key !== undefined;
}
