// Builders for hand-worked planning cases: applicants from plain facts, SI histories as month ranges.

import type { Applicant } from '../../src/applicant/applicant.ts';
import { type ApplicantInput, parseApplicant } from '../../src/engine/index.ts';

/** Every month from `from` to `to` (YYYY-MM, inclusive) at one base. */
export function months(from: string, to: string, base: number): { month: string; base: number }[] {
  const out: { month: string; base: number }[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (y * 12 + m <= end) {
    out.push({ month: `${y}-${String(m).padStart(2, '0')}`, base });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export function person(input: ApplicantInput): Applicant {
  return parseApplicant(input);
}
