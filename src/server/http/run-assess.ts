import type { Applicant } from '../../applicant/index.ts';
import { msg } from '../../core/message.ts';
import { type Assessment, assess } from '../../engine/index.ts';
import type { ResolvedOptions } from './assess-options.ts';
import { ProblemError } from './problem.ts';

/**
 * The engine, with its refusals (RangeError: an option it cannot honour) as a 422 problem rather
 * than a 500. resolveOptions already catches the known ones; this is the safety net.
 */
export function runAssess(applicant: Applicant, options: ResolvedOptions): Assessment {
  try {
    return assess(applicant, { date: options.date, version: options.version, readings: options.readings });
  } catch (error) {
    if (error instanceof RangeError) {
      throw new ProblemError('validation', {
        detail: msg('server:detail.cannotAssess', { detail: error.message }),
      });
    }
    throw error;
  }
}
