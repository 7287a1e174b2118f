import en from '../../messages/en/applicant.json' with { type: 'json' };
import zh from '../../messages/zh/applicant.json' with { type: 'json' };

/**
 * The words a person may type in a cell, in either language, from the message catalogue (`applicant:words.*`,
 * alternatives separated by `|`): the grammar accepts both languages' words whatever language a door speaks.
 */
type Word = keyof typeof zh.words;

export function words(key: Word): string[] {
  return [...new Set([...zh.words[key].split('|'), ...en.words[key].split('|')])];
}

/** The words as a regular-expression alternation (none of them holds a metacharacter but `.`, escaped anyway). */
export function alternation(key: Word): string {
  return words(key)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** Single-character words as the inside of a regular-expression character class (`]`, `\\`, `^` and `-` escaped). */
export function characters(key: Word): string {
  return words(key)
    .map((w) => w.replace(/[\]\\^-]/g, '\\$&'))
    .join('');
}
