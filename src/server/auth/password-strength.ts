import { type Msg, msg } from '../../core/message.ts';
import { MIN_PASSWORD_LENGTH } from '../../core/password.ts';
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

/** zxcvbn's warnings the catalogue explains (`server:password.why.<warning>`); any other is "too easy to guess". */
const WARNINGS = new Set([
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'userInputs',
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
  'pwned',
]);

export const SHORT_PASSWORD = msg('server:password.short', { min: MIN_PASSWORD_LENGTH });

/** Why a password is refused (in zh and en, with what to do instead), or undefined when it is accepted. */
export async function passwordWeakness(password: string, userInputs: string[]): Promise<Msg | undefined> {
  if ([...password].length < MIN_PASSWORD_LENGTH) return SHORT_PASSWORD;
  const check = await loadChecker();
  // Parts of the e-mail count as known to an attacker too.
  const inputs = userInputs.flatMap((s) => [s, ...s.split(/[@.\s_-]+/)]).filter((s) => s.length >= 3);
  const { score, warning } = check(password, inputs);
  if (score >= MIN_SCORE) return undefined;
  const why = warning && WARNINGS.has(warning) ? warning : 'tooEasy';
  return msg('server:password.weak', { why: msg(`server:password.why.${why}`) });
}

/** Throws a 422 naming the field when the password is refused. */
export async function assertStrongPassword(password: string, userInputs: string[], path = 'password'): Promise<void> {
  const weakness = await passwordWeakness(password, userInputs);
  if (weakness) {
    throw new ProblemError('validation', { issues: [{ path, field: msg('server:fields.password'), message: weakness }] });
  }
}
