/**
 * String matching helpers for catalogue names. Pure and allocation-light: they run on every query.
 */

/**
 * Brackets, separators and spaces people type inconsistently (after NFKC, full-width forms are already ASCII).
 * The CJK ones are written as escapes so that code holds no full-width punctuation
 * (test/messages/no-chinese-in-code.test.ts): \u3010\u3011 【】, \u300a\u300b 《》, \u300c\u300d 「」, \u300e\u300f 『』,
 * \u3008\u3009 〈〉, \u3001 、, \uff0c ，, \u3002 。, \u00b7 ·, \u2022 •, \u201c\u201d “”, \u2018\u2019 ‘’.
 */
const NOISE =
  /[\s()[\]{}<>\u3010\u3011\u300a\u300b\u300c\u300d\u300e\u300f\u3008\u3009\u3001\uff0c,.\u3002\u00b7\u2022/\\\-_:;'"\u201c\u201d\u2018\u2019|+]/g;

/**
 * The form names are compared in: NFKC (full-width → ASCII), lower case, brackets and separators removed.
 * "注册安全工程师（中级）", "注册安全工程师(中级)" and "注册安全工程师 中级" all become "注册安全工程师中级".
 */
export function normalizeName(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(NOISE, '');
}

/** True when `a` and `b` differ by at most one insertion, deletion or substitution (UTF-16 units; catalogue names are all BMP). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  const [s, t] = la <= lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === t.charCodeAt(i)) i++;
  // same length: the rest after one substitution must be equal; otherwise skip one char of the longer string
  return s.length === t.length ? s.slice(i + 1) === t.slice(i + 1) : s.slice(i) === t.slice(i + 1);
}

/** True for a query that can only be pinyin (or a Latin abbreviation): letters, nothing else. */
export function isLatinWord(value: string): boolean {
  return /^[a-z]+$/.test(value);
}
