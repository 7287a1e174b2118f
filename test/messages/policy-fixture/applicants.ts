// The applicants of the policy-fixture test, assessed on DATE.
export const DATE = '2025-03-15';

/** 48 months at 30,000 a month up to February 2025: above twice the reference wage, below three times. */
const history = Array.from({ length: 48 }, (_, i) => {
  const m = 2021 * 12 + 2 + i; // March 2021 …
  return { month: `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, base: 30000 };
});

export const APPLICANTS: Record<string, unknown> = {
  /** 30 years old; a bachelor with the degree; a level-2 welder; a provincial award; false materials in 2023. */
  full: {
    birthDate: '1995-01-01',
    employment: { contributingNow: true, post: '焊接技术员' },
    education: [{ level: 'bachelor', degree: true }],
    certificates: [
      { kind: 'skill', name: '焊工', skillLevel: 2, obtainedOn: '2020-05-01', whileWorkingInShanghai: true, matchesPost: true },
    ],
    awards: [{ level: 'provincialOrAbove', receivedOn: '2022-05-01', whileWorkingInShanghai: true, onCatalogue: true }],
    records: [{ kind: 'falseMaterial', date: '2023-06-01' }],
    socialInsurance: history,
  },
  /** 59 years old, nothing else: the old age band, and what education and a certificate could give. */
  older: { birthDate: '1965-06-01', employment: { contributingNow: true }, socialInsurance: history },
  /** No valid residence permit; a level-3 welder's certificate obtained outside Shanghai, verified. */
  elsewhere: {
    birthDate: '1985-01-01',
    residencePermit: { valid: false },
    employment: { contributingNow: true },
    certificates: [
      { kind: 'skill', name: '焊工', skillLevel: 3, obtainedOn: '2020-05-01', whileWorkingInShanghai: false, verifiedInShanghai: true },
    ],
    socialInsurance: history,
  },
  /** 61 years old: outside the age range. */
  outside: { birthDate: '1964-01-01', employment: { contributingNow: true }, socialInsurance: history },
};
