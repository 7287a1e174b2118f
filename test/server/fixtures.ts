/**
 * Applicants whose scores were worked out by hand from the rules summarised in docs/policy.md (from the team's RULES.md) (not from the engine).
 * Assessment date 2025-01-15: the 2022 revision is in force (R13).
 */

/** n months of SI from a month, at one base. */
export const months = (from: string, n: number, base: number) => {
  const [y, m] = from.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const index = y * 12 + (m - 1) + i;
    return { month: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, base };
  });
};

export const DATE = '2025-01-15';

/**
 * 本科 + 学士学位 → 90 (§2.3); born 1990-01-01, 35 on the date → age ≤ 43 → 30 (§2.3); 6 months of SI in the
 * previous 12 (2024-07 … 2024-12) → eligible (§3.1), < 12 months → 0 SI-year points, < 36 months → no
 * base points. Total 90 + 30 = 120 = the standard score (RULES.md §7.1 E1).
 */
export const bachelor120 = {
  reference: 'E1',
  birthDate: '1990-01-01',
  employment: { contributingNow: true },
  education: [{ level: 'bachelor', degree: true }],
  socialInsurance: months('2024-07', 6, 8000),
};

/** 大专 → 50; born 1979-06-01, 45 on the date → 27 (§2.3 table); eligible as above. Total 77, below 120. */
export const associate77 = {
  reference: 'A45',
  birthDate: '1979-06-01',
  employment: { contributingNow: true },
  education: [{ level: 'associate' }],
  socialInsurance: months('2024-07', 6, 8000),
};

/** As bachelor120 but only 3 months of SI in the previous 12: not eligible (§3.1) → total 0, 120 if eligible. */
export const ineligible = { ...bachelor120, reference: 'X3', socialInsurance: months('2024-10', 3, 8000) };

/** A valid 18-character ID number (GB 11643 checksum): the example in the standard. */
export const VALID_ID = '11010519491231002X';
