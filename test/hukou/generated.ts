// Generated 居转户 applicants for the equivalence test and bench/hukou.bench.ts: a fixed seed, so the same ones every
// run. Permits with gaps and partial months, SI runs at bases around every threshold with back-paid, tax-mismatched
// and out-of-town months, titles appointed at any time, areas, flags, pinned versions, readings and short horizons.
import type { HukouOptions } from '../../src/hukou/index.ts';

/** mulberry32: a small deterministic generator. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const DATES = [
  '2011-06-15',
  '2014-02-01',
  '2018-05-10',
  '2020-10-20',
  '2020-12-01',
  '2021-03-05',
  '2023-06-30',
  '2024-03-10',
  '2025-01-01',
  '2025-06-10',
  '2026-07-20',
];
const READINGS: Record<string, string[]> = {
  J1: ['cumulative', 'resetAfterGrace'],
  J2: ['employmentTypes', 'allPermits'],
  J3: ['wholeMonth', 'anyDay'],
  J4: ['countWithWarning', 'exclude'],
  J6: ['ratio13', 'ratio15'],
  J7: ['before', 'including'],
  J8: ['excluded', 'included'],
  J10: ['yearsOnly', 'waivesTitle'],
  J11: ['keep', 'revert'],
  J12: ['keep', 'drop'],
  J14: ['beforePermitCounts', 'countAll'],
  J15: ['criminalOnly', 'penaltyDisqualifies'],
};
const TYPES = ['employment', 'employment', 'employment', 'talent', 'temporary', 'residence', 'study'];
const mi = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
const ms = (k: number) => `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
export interface GeneratedCase {
  applicant: unknown;
  options: HukouOptions;
}

/** `n` applicants (input as a caller sends it) with their options. */
export function generated(n: number): GeneratedCase[] {
  const r = random(1818);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const chance = (p: number) => r() < p;
  const out: GeneratedCase[] = [];
  for (let i = 0; i < n; i++) {
    const date = pick(DATES);
    const now = mi(date);
    const start = now - 12 - Math.floor(r() * 100);
    const permits: { from: string; to?: string; type: string }[] = [];
    let k = start;
    const np = 1 + Math.floor(r() * 3);
    for (let p = 0; p < np; p++) {
      const len = 6 + Math.floor(r() * 60);
      const day = chance(0.3) ? String(1 + Math.floor(r() * 27)).padStart(2, '0') : '01';
      const last = p === np - 1 && chance(0.9);
      permits.push({ from: `${ms(k)}-${day}`, ...(last ? {} : { to: `${ms(k + len)}-${chance(0.5) ? '28' : '15'}` }), type: pick(TYPES) });
      k += len + 1 + Math.floor(r() * 8);
    }
    const si: { month: string; base: number; backPaid?: boolean; taxMatches?: boolean }[] = [];
    const outOfTown: string[] = [];
    let base = pick([4000, 8000, 12000, 16000, 20000, 25000, 36000]);
    const siStart = start - 6 + Math.floor(r() * 12);
    const siEnd = now - Math.floor(r() * (chance(0.15) ? 24 : 4));
    for (let m = siStart; m <= siEnd; m++) {
      if (chance(0.03)) continue;
      if (chance(0.05)) base = pick([4000, 8000, 12000, 16000, 20000, 25000, 36000, 40000]);
      const month = ms(m);
      si.push({ month, base, ...(chance(0.03) ? { backPaid: true } : {}), ...(chance(0.03) ? { taxMatches: false } : {}) });
      if (chance(0.02)) outOfTown.push(month);
    }
    const certificates: unknown[] = [];
    if (chance(0.5)) {
      const on = ms(start + Math.floor(r() * (now - start + 30)));
      certificates.push({
        kind: pick(['title', 'title', 'skill', 'qualification']),
        name: 'x',
        titleLevel: pick(['mid', 'mid', 'senior', 'junior']),
        skillLevel: pick([1, 2, 3]),
        obtainedOn: `${on}-01`,
        appointed: pick([true, true, false, undefined]),
        ...(chance(0.5) ? { appointedOn: `${ms(mi(on) + Math.floor(r() * 12))}-10` } : {}),
        matchesPost: pick([true, true, undefined, false]),
        ...(chance(0.2) ? { whileWorkingInShanghai: false, verifiedInShanghai: pick([true, false, undefined]) } : {}),
      });
    }
    const areas: unknown[] = [];
    if (chance(0.3)) {
      const from = start + Math.floor(r() * 60);
      areas.push({
        area: pick(['lingang', 'zhangjiang', 'newTown']),
        from: `${ms(from)}-01`,
        ...(chance(0.5) ? { to: `${ms(from + 30)}-28` } : {}),
      });
    }
    const tri = () => pick([true, true, true, true, true, true, true, true, false, undefined]);
    const hukou = {
      permits,
      employerInShanghai: tri(),
      taxInShanghai: tri(),
      familyPlanningCompliant: tri(),
      outOfTownEmployerMonths: outOfTown,
      areas,
      ...(chance(0.3) ? { coreTalent: tri(), areaCommitment: tri() } : {}),
      ...(chance(0.1) ? { remotePosts: [{ from: `${ms(start + 3)}-01` }] } : {}),
      ...(chance(0.2) ? { enterpriseSciTech: true } : {}),
      ...(chance(0.1) ? { cpaOrLawyerPractising: true } : {}),
      ...(chance(0.05) ? { outstandingMigrantWorker: true } : {}),
      ...(chance(0.1) ? { shanghaiStaff: [10, 20, 30] } : {}),
      ...(chance(0.1) ? { startupFunding: { firstRoundYuan: 3000000, cumulativeYuan: 5000000 } } : {}),
      ...(chance(0.1) ? { techTransferYuan: 20000000 } : {}),
    };
    const readings: Record<string, string> = {};
    for (const [id, opts] of Object.entries(READINGS)) if (chance(0.15)) readings[id] = pick(opts);
    const applicant = {
      birthDate: '1990-01-01',
      socialInsurance: si,
      certificates,
      ...(chance(0.1) ? { employment: { contributingNow: false } } : {}),
      ...(chance(0.05) ? { records: [{ kind: pick(['adminDetention', 'generalCrime']), date: '2019-01-01' }] } : {}),
      ...(chance(0.05) ? { awards: [{ level: 'provincialOrAbove', receivedOn: `${ms(start + 20)}-01` }] } : {}),
      ...(chance(0.1) ? { startup: { incubatedMonths: 24, shareholdingPercent: 12, insuredByCompany: true } } : {}),
      ...(chance(0.1) ? { techTransfer: { months: 30, registeredInstitution: true } } : {}),
      ...(chance(0.1) ? { investment: { annualTax: [1200000, 900000, 1000000] } } : {}),
      hukou,
    };
    const version = chance(0.08) ? pick(['trial2009', 'v2012', 'v2019']) : undefined;
    out.push({ applicant, options: { date, readings, ...(version ? { version } : {}), ...(chance(0.1) ? { horizonMonths: 36 } : {}) } });
  }
  return out;
}
