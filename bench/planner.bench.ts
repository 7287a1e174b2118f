// Planner speed beside the engine's: a realistic applicant (48 months of history, a skill certificate, three bonuses
// that score), timed in interleaved rounds so both see the same machine state. Prints plans/s, ms per plan, the
// projection alone, and the ratios to one assessment.
import { assess, parseApplicant } from '../src/engine/index.ts';
import { plan, projectWaiting } from '../src/planner/index.ts';

const DATE = '2025-03-15';

function history(from: number, count: number, base: number) {
  return Array.from({ length: count }, (_, i) => {
    const m = from + i;
    return { month: `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, base };
  });
}

// Age 48 → 21; junior college 50 (beats 焊工 level 4, 30); 48 months → 12; 0.8–1× band → 25; Shanghai-hukou spouse
// since 2023-01-01 → 8; Lingang since 2024-01-01 → 2. Total 118: two short, so every action is planned.
const applicant = parseApplicant({
  birthDate: '1976-06-01',
  employment: { contributingNow: true, post: '焊工' },
  education: [{ level: 'associate' }],
  certificates: [{ kind: 'skill', name: '焊工', skillLevel: 4, obtainedOn: '2022-05-01', whileWorkingInShanghai: true, matchesPost: true }],
  socialInsurance: history(2021 * 12 + 2, 48, 10000),
  marriage: { spouseShanghaiHukou: true, marriedOn: '2023-01-01' },
  remoteArea: [{ area: 'lingang', from: '2024-01-01' }],
});

const check = assess(applicant, { date: DATE });
const bonuses = check.items.filter((i) => i.group === 'bonus' && i.points > 0).map((i) => `${i.id} ${i.points}`);
console.log(`applicant: ${check.total} points today (${bonuses.join(', ')})`);

/** Mean ms per call of `f`, run for about `ms` milliseconds. */
function time(f: () => unknown, ms: number): number {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms || n < 3) {
    f();
    n++;
  }
  return (performance.now() - start) / n;
}

// warm-up: module caches, JIT
time(() => plan(applicant, { date: DATE }), 500);

const rounds = 5;
const results = { assess: [] as number[], projection: [] as number[], plan: [] as number[] };
for (let r = 0; r < rounds; r++) {
  results.assess.push(time(() => assess(applicant, { date: DATE }), 300));
  results.projection.push(time(() => projectWaiting(applicant, { date: DATE }), 600));
  results.plan.push(time(() => plan(applicant, { date: DATE }), 1500));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const a = median(results.assess);
const pr = median(results.projection);
const p = median(results.plan);
const last = plan(applicant, { date: DATE });
console.log(`one assessment:          ${a.toFixed(3)} ms`);
console.log(`projection (120 months): ${pr.toFixed(1)} ms  = ${(pr / a).toFixed(0)} × one assessment`);
console.log(
  `plan:                    ${p.toFixed(1)} ms per plan, ${(1000 / p).toFixed(1)} plans/s  = ${(p / a).toFixed(0)} × one assessment`,
);
console.log(
  `  (${last.actions.length} actions, ${last.skipped.length} skipped, ${last.projection?.events.length ?? 0} events; median of ${rounds} interleaved rounds)`,
);
