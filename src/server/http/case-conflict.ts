import { msg } from '../../core/message.ts';
import { ProblemError } from './problem.ts';

/**
 * 409 for an edit that started from an older revision of a case: names both revisions, says the edit was not
 * saved, and points at the current case so the client can set it beside the edit it still holds.
 */
export function caseConflict(caseId: string, edited: number, current: number): ProblemError {
  return new ProblemError('conflict', {
    detail: msg('server:detail.caseConflict', { edited, current }),
    extensions: { currentRevision: current, current: `/api/v1/cases/${caseId}` },
  });
}
