import type { ApplicantInput } from '../../../src/applicant/applicant.ts';
import { todayInShanghai } from '../../../src/core/today.ts';
import { generateQuickHistory, type QuickSi } from './si.ts';

/**
 * What the calculator form holds: the applicant's facts plus how they were entered.
 * The quick social-insurance mode is kept as its two numbers (not the months it generates),
 * so a shared link restores the form the way the user filled it.
 */
export interface Answers {
  /** Assessment date, YYYY-MM-DD; '' means today. */
  date: string;
  /** Pinned version id ('2013' | '2017' | '2022'); '' means the date picks it. */
  version: string;
  /** Readings of the rules switched from the project's default (`policy/readings.json`), by reading id. */
  readings: Record<string, string>;
  siMode: 'quick' | 'detailed';
  quickSi: QuickSi;
  /** The facts; in quick mode `socialInsurance` is ignored and generated from `quickSi`. */
  applicant: ApplicantInput;
}

export function emptyAnswers(): Answers {
  return {
    date: '',
    version: '',
    readings: {},
    siMode: 'quick',
    quickSi: { years: 0, base: 0, lastMonth: '' },
    applicant: {
      birthDate: '',
      residencePermit: { valid: true },
      employment: { outOfTownBranch: false },
      education: [],
      certificates: [],
      socialInsurance: [],
      publicService: [],
      remoteArea: [],
      awards: [],
      records: [],
    },
  };
}

/** Today in Shanghai, as the CLI and the server count it: the scheme's dates are Shanghai dates, wherever the browser is. */
export const today = todayInShanghai;

export function assessmentDate(a: Answers): string {
  return a.date || today();
}

/** The applicant the engine sees: quick mode's months generated up to the chosen month. */
export function toApplicantInput(a: Answers): ApplicantInput {
  const socialInsurance = a.siMode === 'quick' ? generateQuickHistory(a.quickSi, assessmentDate(a)) : (a.applicant.socialInsurance ?? []);
  return { ...a.applicant, socialInsurance };
}

/** A stored applicant (e.g. a saved case) opened in the form: its months are shown in the detailed table. */
export function fromApplicantInput(applicant: ApplicantInput, date = '', version = ''): Answers {
  const base = emptyAnswers();
  return { ...base, date, version, siMode: 'detailed', applicant: { ...base.applicant, ...applicant } };
}
