// A realistic applicant for benchmarks: 48 months of history, a certificate, three bonuses.

import type { ApplicantInput } from '../src/applicant/applicant.ts';
import { monthIndex, monthString } from '../src/core/calendar.ts';

export function realisticApplicant(): ApplicantInput {
  const start = monthIndex('2021-01');
  return {
    birthDate: '1990-05-20',
    education: [{ level: 'bachelor', degree: true, fullTime: true, obtainedOn: '2012-07-01' }],
    certificates: [
      {
        kind: 'skill',
        name: '计算机程序设计员',
        skillLevel: 3,
        obtainedOn: '2020-06-01',
        obtainedBy: 'assessment',
        whileWorkingInShanghai: true,
        matchesPost: true,
      },
    ],
    socialInsurance: Array.from({ length: 48 }, (_, i) => ({ month: monthString(start + i), base: 12000 + 100 * i })),
    marriage: { spouseShanghaiHukou: true, marriedOn: '2019-10-01' },
    remoteArea: [{ area: 'lingang', from: '2021-01-01' }],
    awards: [{ level: 'municipalSpecial', receivedOn: '2023-05-01' }],
  };
}

export const REALISTIC_DATE = '2025-01-15';
