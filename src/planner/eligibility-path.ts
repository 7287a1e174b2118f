import { msg } from '../core/message.ts';
import type { Assessment } from '../engine/types.ts';
import type { EligibilityPath, Projection } from './types.ts';
import { join } from './words.ts';

/** For an applicant not eligible today: what fails, and the first day waiting (with the assumptions) fixes it. */
export function eligibilityPath(today: Assessment, projection: Projection): EligibilityPath {
  const failed = today.eligibility.filter((c) => c.status === 'failed');
  const eligibleFrom = projection.statusChanges.find((c) => c.from === 'ineligible' && c.to === 'scored')?.date ?? null;
  const what = join(
    failed.map((c) => c.text),
    'semicolon',
  );
  if (eligibleFrom) return { failed, eligibleFrom, text: msg('planner:eligibility.later', { failed: what, date: eligibleFrom }) };
  const fixes = failed.flatMap((c) => (c.fix ? [c.fix] : []));
  const text = fixes.length
    ? msg('planner:eligibility.neverFixes', { failed: what, fixes: join(fixes, 'semicolon') })
    : msg('planner:eligibility.never', { failed: what });
  return { failed, eligibleFrom: null, text };
}
