// Builders for hand-worked planning cases: applicants from plain facts, SI histories as month ranges.

import type { Applicant } from '../../src/applicant/applicant.ts';
import type { Said } from '../../src/core/message.ts';
import { type ApplicantInput, parseApplicant } from '../../src/engine/index.ts';
import { say } from '../../src/messages/catalogue.ts';

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

// The near-miss applicant (test/planner/near-miss.test.ts; CLI and API tests too), hand-worked from RULES.md
// (§2.3 age, education, SI years; §2.4 row 5 base bands; W1; R8: reference 11,396 from 2023-07, carried after 2026-06).
export const NEAR_DATE = '2026-12-06';

/**
 * Born 1997-06-15 (29, then 30 on 2027-06-15: ≤ 43 → 30 throughout); 本科 without a degree → 60; SI at 12,000
 * (1.05× of 11,396: the 1–2× band) from 2024-06, paying the plan month too.
 * Today the counts end 2026-11: 30 months → 2 full years → 6; 30 of 36 needed → base 0. Score 96.
 * 2027-06-01: the counts end 2027-05 → 36 months → 3 years → 9 (+3), and 36 of the last 48 months at ≥ 1× → 50
 * (+50). Score 30 + 60 + 9 + 50 = 149: +53, within 12 months of 2026-12-06. Nothing changes before.
 */
export const nearMissApplicant = {
  birthDate: '1997-06-15',
  education: [{ level: 'bachelor' as const, degree: false, fullTime: true }],
  employment: { contributingNow: true },
  socialInsurance: months('2024-06', '2026-12', 12000),
};

/** A plan's sentence (a message or a Text) in English, or '' when there is none. */
export function en(s: Said | null | undefined): string {
  return s ? say('en', s) : '';
}

/** A plan's sentence (a message or a Text) in Chinese, or '' when there is none. */
export function zh(s: Said | null | undefined): string {
  return s ? say('zh', s) : '';
}
