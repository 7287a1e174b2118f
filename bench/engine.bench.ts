// Assessments per second on one core (the engine's trace: messages, no text), for a realistic applicant; the cost of
// rendering it in one language, on its own;
// beside it, the cost of validating the same input, measured in the same run.
import { fileURLToPath } from 'node:url';
import { withoutAlternatives } from '../src/engine/alternatives.ts';
import { assess, parseApplicant } from '../src/engine/index.ts';
import { renderAssessment } from '../src/explain/render.ts';
import { hasValgrind, instructionsPerCall } from './cachegrind.ts';
import { REALISTIC_DATE, realisticApplicant } from './realistic-applicant.ts';

// Rates use this process's CPU time (one core), so other load on the machine does not distort them as much; and they
// are the median of short rounds, since on a shared machine a neighbour's burst can slow a whole round by half or more
// (the spread of the rounds is printed beside it, so a noisy run shows as one).
function rate(label: string, fn: () => unknown, seconds = 2): number {
  for (let i = 0; i < 2000; i++) fn(); // warm-up
  const rounds: number[] = [];
  const end = process.hrtime.bigint() + BigInt(seconds * 1e9);
  while (process.hrtime.bigint() < end) {
    const cpu = process.cpuUsage();
    for (let i = 0; i < 1000; i++) fn();
    const used = process.cpuUsage(cpu);
    rounds.push((used.user + used.system) / 1000);
  }
  rounds.sort((a, b) => a - b);
  const at = (q: number) => rounds[Math.min(rounds.length - 1, Math.floor(q * rounds.length))] as number;
  const median = at(0.5);
  const perSecond = 1e6 / median;
  console.log(
    `${label.padEnd(30)} ${Math.round(perSecond).toLocaleString('en').padStart(9)}/s per core  (median ${median.toFixed(2)} µs CPU each over ${rounds.length} rounds; p10 ${at(0.1).toFixed(2)}, p90 ${at(0.9).toFixed(2)})`,
  );
  return perSecond;
}

const input = realisticApplicant();
const applicant = parseApplicant(input);

// Under valgrind (below): assess N times and exit. No timing there, only the instructions executed.
const countRuns = Number(process.env.HUJIFEN_COUNT_RUNS ?? 0);
if (countRuns > 0) {
  // The history is prepared once per applicant (engine/history.ts); a new list of the same months makes every
  // assessment a first one, preparing it (copying the list costs about a hundred instructions).
  const fresh = process.env.HUJIFEN_COUNT_FRESH === 'yes';
  const loop = () => {
    for (let i = 0; i < countRuns; i++)
      assess(fresh ? { ...applicant, socialInsurance: applicant.socialInsurance.slice() } : applicant, { date: REALISTIC_DATE });
  };
  if (process.env.HUJIFEN_COUNT_ALTERNATIVES === 'no') withoutAlternatives(loop);
  else loop();
  process.exit(0);
}

/** Instructions one assessment executes (cachegrind: see cachegrind.ts), undefined without valgrind. */
async function instructionsPerAssessment(alternatives: boolean, fresh = false): Promise<number | undefined> {
  if (!hasValgrind()) return undefined;
  return instructionsPerCall(fileURLToPath(import.meta.url), {
    HUJIFEN_COUNT_ALTERNATIVES: alternatives ? 'yes' : 'no',
    HUJIFEN_COUNT_FRESH: fresh ? 'yes' : 'no',
  });
}

const assessRate = rate('assess (messages, no text)', () => assess(applicant, { date: REALISTIC_DATE }));
const parseRate = rate('parseApplicant (validation)', () => parseApplicant(input));
const bothRate = rate('parse + assess', () => assess(parseApplicant(input), { date: REALISTIC_DATE }));
const a = assess(applicant, { date: REALISTIC_DATE });
// Rendering is a separate step since issue 15: the engine returns messages (keys and facts), each door renders them.
const renderZh = rate('render in zh (renderAssessment)', () => renderAssessment(a, 'zh'));
const renderEn = rate('render in en (renderAssessment)', () => renderAssessment(a, 'en'));
const renderJson = rate('render in zh + JSON.stringify', () => JSON.stringify(renderAssessment(a, 'zh')));
console.log(
  `total ${a.total}; ${a.items.length} items; result bytes ${JSON.stringify(a).length} (messages), ${JSON.stringify(renderAssessment(a, 'zh')).length} rendered in zh`,
);
console.log(
  `render per assessment: zh ${(1e6 / renderZh).toFixed(2)} µs, en ${(1e6 / renderEn).toFixed(2)} µs, zh + JSON ${(1e6 / renderJson).toFixed(2)} µs`,
);
console.log(`ratio assess/parse time: ${(parseRate / assessRate).toFixed(2)}; parse+assess ${Math.round(bothRate).toLocaleString('en')}/s`);
const instructions = await instructionsPerAssessment(true);
const withoutThem = instructions === undefined ? undefined : await instructionsPerAssessment(false);
const firstOne = instructions === undefined ? undefined : await instructionsPerAssessment(true, true);
if (instructions === undefined || withoutThem === undefined || firstOne === undefined)
  console.log('instructions per assessment: valgrind is not installed (apt-get install valgrind to count them)');
else {
  const n = (x: number) => Math.round(x).toLocaleString('en');
  console.log(`instructions per assessment (cachegrind, 10,000 vs 60,000 runs): ${n(instructions)}`);
  // What "confidence that means something" costs: every line re-scored under the readings and values that could move it.
  console.log(
    `  of which the alternatives (readings and values tried): ${n(instructions - withoutThem)} (${n(withoutThem)} without them; ratio ${(instructions / withoutThem).toFixed(2)})`,
  );
  console.log(`  an applicant's first assessment, preparing its history: ${n(firstOne)}`);
}
// Issue 15's floors: the trace (no text) at 250,000 a second on one core, and 20,000 instructions.
console.log(`floor 250,000 assessments/s: ${assessRate >= 250_000 ? 'met' : 'NOT met'}`);
if (instructions !== undefined) console.log(`floor 20,000 instructions per assessment: ${instructions <= 20_000 ? 'met' : 'NOT met'}`);
// Like the other benches: a missed floor is a failed run, so `npm run bench` says so at the end.
if (assessRate < 250_000 || (instructions !== undefined && instructions > 20_000)) process.exitCode = 1;
