import { ProblemError } from './problem.ts';

/**
 * 409 for an edit that started from an older revision of a case: names both revisions, says the edit was not
 * saved, and points at the current case so the client can set it beside the edit it still holds.
 */
export function caseConflict(caseId: string, edited: number, current: number): ProblemError {
  return new ProblemError('conflict', {
    detail: {
      zh: `案件已被他人修改：您的修改基于第 ${edited} 版，当前为第 ${current} 版。您的修改未保存；请查看当前版本（current）并与您的修改对照后再保存。`,
      en: `the case was changed by someone else: your edit started from revision ${edited}, the case is now at revision ${current}. Your edit was not saved; see the current facts (current) beside your edit, then save again.`,
    },
    extensions: { currentRevision: current, current: `/api/v1/cases/${caseId}` },
  });
}
