import { msg } from '../../core/message.ts';
import { CliError } from '../errors.ts';
import { EXIT } from '../exit-codes.ts';

/**
 * The engine throws a RangeError when asked for something the policy data does not have
 * (a date before the scheme began, an unknown version or reading): for the user that is bad input, not a bug.
 */
export function policyError<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(msg('cli:policyError', { detail: error.message }), EXIT.usage);
    throw error;
  }
}
