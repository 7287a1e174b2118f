// The hand-worked 居转户 cases of test/hukou/cases.yaml, expanded into applicants as a caller would send them.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * `si` is a shorthand for runs of SI months: [from, to, base, ...flags] with flags backPaid, taxMismatch and
 * outOfTown (an employer registered outside Shanghai: the months go to hukou.outOfTownEmployerMonths).
 * Unless a case sets them, the employer, the tax and family planning are confirmed (true); null leaves one unknown.
 */
export interface HukouCase {
  name: string;
  derivation: string;
  date: string;
  version?: string;
  readings?: Record<string, string>;
  si?: [string, string, number, ...string[]][];
  applicant: Record<string, unknown> & { hukou?: Record<string, unknown> };
  /** overall: status and earliest; routes: "verdict earliest" (earliest "-" for none); failed: ids failing today. */
  expect?: {
    overall?: { status: string; earliest: string | null };
    routes?: Record<string, string>;
    failed?: Record<string, string[]>;
    plan?: string[];
  };
  expectError?: { paths: string[]; zh: string; en: string };
}

function months(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

const CONFIRMED = { employerInShanghai: true, taxInShanghai: true, familyPlanningCompliant: true };

export function applicantOf(c: HukouCase): unknown {
  const socialInsurance: unknown[] = [];
  const outOfTown: string[] = [];
  for (const [from, to, base, ...flags] of c.si ?? []) {
    for (const month of months(from, to)) {
      socialInsurance.push({
        month,
        base,
        ...(flags.includes('backPaid') ? { backPaid: true } : {}),
        ...(flags.includes('taxMismatch') ? { taxMatches: false } : {}),
      });
      if (flags.includes('outOfTown')) outOfTown.push(month);
    }
  }
  const given = c.applicant.hukou ?? {};
  const hukou = Object.fromEntries(
    Object.entries({ ...CONFIRMED, ...(outOfTown.length ? { outOfTownEmployerMonths: outOfTown } : {}), ...given }).filter(
      ([, v]) => v !== null,
    ),
  );
  return { birthDate: '1990-01-01', socialInsurance, ...c.applicant, hukou };
}

export function hukouCases(): HukouCase[] {
  return parse(readFileSync(new URL('./cases.yaml', import.meta.url), 'utf8')) as HukouCase[];
}
