// Assessments per second on one core, with full explanations, for a realistic applicant;
// beside it, the cost of validating the same input, measured in the same run.
import { assess, parseApplicant } from '../src/engine/index.ts';
import { REALISTIC_DATE, realisticApplicant } from './realistic-applicant.ts';

function rate(label: string, fn: () => unknown, seconds = 2): number {
  for (let i = 0; i < 2000; i++) fn(); // warm-up
  let n = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(seconds * 1e9);
  while (process.hrtime.bigint() < end) {
    for (let i = 0; i < 500; i++) fn();
    n += 500;
  }
  const perSecond = n / (Number(process.hrtime.bigint() - start) / 1e9);
  console.log(`${label.padEnd(34)} ${Math.round(perSecond).toLocaleString('en')}/s  (${(1e6 / perSecond).toFixed(2)} µs each)`);
  return perSecond;
}

const input = realisticApplicant();
const applicant = parseApplicant(input);
const assessRate = rate('assess (full explanations)', () => assess(applicant, { date: REALISTIC_DATE }));
const parseRate = rate('parseApplicant (validation)', () => parseApplicant(input));
const bothRate = rate('parse + assess', () => assess(parseApplicant(input), { date: REALISTIC_DATE }));
const a = assess(applicant, { date: REALISTIC_DATE });
console.log(`total ${a.total}; ${a.items.length} items; explanation bytes ${JSON.stringify(a).length}`);
console.log(`ratio assess/parse time: ${(parseRate / assessRate).toFixed(2)}; parse+assess ${Math.round(bothRate).toLocaleString('en')}/s`);
console.log(`floor 100,000 assessments/s: ${assessRate >= 100_000 ? 'met' : 'NOT met'}`);
