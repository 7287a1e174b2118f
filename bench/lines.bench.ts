// Where an assessment's instructions go, line by line (cachegrind): each indicator that has facts for the bench's
// realistic applicant counted on its own, eligibility, what one alternative of the base bands costs, and the whole
// assessment with and without its alternatives. What is left over is the assembling: shared lines, contexts,
// choose-one, subtotals, confidence, documents, warnings and sources.
import { fileURLToPath } from 'node:url';
import { withoutAlternatives } from '../src/engine/alternatives.ts';
import { buildContext, type Context } from '../src/engine/context.ts';
import { eligibility } from '../src/engine/eligibility.ts';
import { assess, parseApplicant } from '../src/engine/index.ts';
import { age } from '../src/engine/indicators/age.ts';
import { award } from '../src/engine/indicators/award.ts';
import { education } from '../src/engine/indicators/education.ts';
import { remoteArea } from '../src/engine/indicators/remote-area.ts';
import { siBase, siBasePoints } from '../src/engine/indicators/si-base.ts';
import { siYears } from '../src/engine/indicators/si-years.ts';
import { spouse } from '../src/engine/indicators/spouse.ts';
import { titleSkill } from '../src/engine/indicators/title-skill/title-skill.ts';
import { NOTHING_READ } from '../src/engine/read-path.ts';
import { defaultReadings } from '../src/policy/readings.ts';
import { hasValgrind, instructionsPerCall } from './cachegrind.ts';
import { REALISTIC_DATE, realisticApplicant } from './realistic-applicant.ts';

const applicant = parseApplicant(realisticApplicant());
const ctx: Context = buildContext(applicant, REALISTIC_DATE, REALISTIC_DATE, defaultReadings);

/** What is counted, by name; each call starts its line afresh, as assess does (nothing read yet). */
const PARTS: Record<string, () => unknown> = {
  'the loop alone': () => 0,
  age: () => age(ctx),
  education: () => education(ctx),
  titleSkill: () => titleSkill(ctx),
  siYears: () => siYears(ctx),
  siBase: () => siBase(ctx),
  remoteArea: () => remoteArea(ctx),
  award: () => award(ctx),
  spouse: () => spouse(ctx),
  eligibility: () => eligibility(ctx),
  'siBase, points only (one alternative)': () => siBasePoints(ctx),
  'the assessment without alternatives': () => withoutAlternatives(() => assess(applicant, { date: REALISTIC_DATE })),
  'the assessment': () => assess(applicant, { date: REALISTIC_DATE }),
};
const LINES = ['age', 'education', 'titleSkill', 'siYears', 'siBase', 'remoteArea', 'award', 'spouse'];

// Under valgrind: repeat one part and exit.
const runs = Number(process.env.HUJIFEN_COUNT_RUNS ?? 0);
if (runs > 0) {
  const part = PARTS[process.env.HUJIFEN_COUNT_PART ?? ''];
  if (!part) throw new Error(`no part "${process.env.HUJIFEN_COUNT_PART}"`);
  for (let i = 0; i < runs; i++) {
    ctx.read = NOTHING_READ;
    part();
  }
  process.exit(0);
}

if (!hasValgrind()) {
  console.log('instructions by line: valgrind is not installed (apt-get install valgrind to count them)');
  process.exit(0);
}
const counted: Record<string, number> = {};
for (const name of Object.keys(PARTS)) {
  counted[name] = await instructionsPerCall(fileURLToPath(import.meta.url), { HUJIFEN_COUNT_PART: name });
}
const loop = counted['the loop alone'] as number;
const own = (name: string) => (counted[name] as number) - loop;
const n = (x: number) => Math.round(x).toLocaleString('en').padStart(7);
const row = (label: string, value: number) => console.log(`  ${label.padEnd(62)} ${n(value)}`);
console.log(`instructions per call (cachegrind, 10,000 vs 60,000 calls; the loop's own ${n(loop).trim()} taken off):`);
for (const name of Object.keys(PARTS).slice(1)) row(name, own(name));
const lines = LINES.reduce((sum, name) => sum + own(name), 0);
const whole = own('the assessment');
const without = own('the assessment without alternatives');
row(`the ${LINES.length} lines with facts together`, lines);
row('the alternatives (the assessment less the one without)', whole - without);
row('the assembling (without alternatives, less lines and eligibility)', without - lines - own('eligibility'));
