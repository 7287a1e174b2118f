import { MIN_PASSWORD_LENGTH } from '../../core/password.ts';
import type { Text } from '../../engine/types.ts';
import { ProblemError } from '../http/problem.ts';

/** zxcvbn's score (0–4) a password must reach: 3 = "safely unguessable" (about 10^8 guesses or more). */
const MIN_SCORE = 3;

type Checker = (password: string, userInputs: string[]) => { score: number; warning: string | null };
let checker: Promise<Checker> | undefined;

/** zxcvbn-ts with its common-password, name and keyboard-pattern lists, loaded on first use (they are large). */
function loadChecker(): Promise<Checker> {
  checker ??= (async () => {
    const { ZxcvbnFactory } = await import('@zxcvbn-ts/core');
    const common = await import('@zxcvbn-ts/language-common');
    const zxcvbn = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
    return (password, userInputs) => {
      const result = zxcvbn.check(password, userInputs);
      return { score: result.score, warning: result.feedback.warning };
    };
  })();
  return checker;
}

/** Why a weak password is weak, by zxcvbn's warning key. */
const WHY: Record<string, Text> = {
  topTen: { zh: '这是最常用的密码之一', en: 'this is one of the most common passwords' },
  topHundred: { zh: '这是很常用的密码', en: 'this is a very common password' },
  common: { zh: '这是常用密码', en: 'this is a commonly used password' },
  similarToCommon: { zh: '与常用密码太像', en: 'it is too close to a common password' },
  wordByItself: { zh: '单个词很容易被猜到', en: 'a single word is easy to guess' },
  namesByThemselves: { zh: '单独的姓名很容易被猜到', en: 'names on their own are easy to guess' },
  commonNames: { zh: '常见姓名很容易被猜到', en: 'common names are easy to guess' },
  userInputs: { zh: '包含了您的邮箱、姓名或机构名', en: 'it contains your e-mail, name or organisation' },
  straightRow: { zh: '键盘上连续的键很容易被猜到', en: 'a row of keys on the keyboard is easy to guess' },
  keyPattern: { zh: '键盘图案很容易被猜到', en: 'a keyboard pattern is easy to guess' },
  simpleRepeat: { zh: '重复的字符（如 aaa）很容易被猜到', en: 'repeated characters like "aaa" are easy to guess' },
  extendedRepeat: { zh: '重复的字符组合很容易被猜到', en: 'repeated groups like "abcabc" are easy to guess' },
  sequences: { zh: '顺序字符（如 abc、123）很容易被猜到', en: 'sequences like "abc" or "123" are easy to guess' },
  recentYears: { zh: '近年的年份很容易被猜到', en: 'recent years are easy to guess' },
  dates: { zh: '日期很容易被猜到', en: 'dates are easy to guess' },
  pwned: { zh: '这个密码已在泄露数据中出现', en: 'this password has appeared in a data breach' },
};
const DO: Text = {
  zh: '请改用几个不相关的词组成的较长短语（可加空格、数字或符号），不要用姓名、日期或键盘顺序',
  en: 'use a longer phrase of a few unrelated words (spaces, digits and signs are welcome), not names, dates or keyboard runs',
};

export const SHORT_PASSWORD: Text = {
  zh: `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符；${DO.zh}`,
  en: `a password needs at least ${MIN_PASSWORD_LENGTH} characters: ${DO.en}`,
};

/** Why a password is refused (in zh and en, with what to do instead), or undefined when it is accepted. */
export async function passwordWeakness(password: string, userInputs: string[]): Promise<Text | undefined> {
  if ([...password].length < MIN_PASSWORD_LENGTH) return SHORT_PASSWORD;
  const check = await loadChecker();
  // Parts of the e-mail count as known to an attacker too.
  const inputs = userInputs.flatMap((s) => [s, ...s.split(/[@.\s_-]+/)]).filter((s) => s.length >= 3);
  const { score, warning } = check(password, inputs);
  if (score >= MIN_SCORE) return undefined;
  const why = (warning && WHY[warning]) || { zh: '太容易被猜到', en: 'it is too easy to guess' };
  return { zh: `密码太弱：${why.zh}。${DO.zh}`, en: `the password is too weak: ${why.en}. ${capitalised(DO.en)}` };
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Throws a 422 naming the field when the password is refused. */
export async function assertStrongPassword(password: string, userInputs: string[], path = 'password'): Promise<void> {
  const weakness = await passwordWeakness(password, userInputs);
  if (weakness) {
    throw new ProblemError('validation', { issues: [{ path, field: { zh: '密码', en: 'password' }, message: weakness }] });
  }
}
