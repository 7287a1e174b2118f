// Writes the full JSON of many assessments, and of their renderings in zh and en, one line each, to a file (or stdout):
// every YAML case of test/cases/ and 600 applicants of the engine's property generator (fixed seed: random dates,
// versions and readings). A change to the engine meant to keep its behaviour must keep this dump byte for byte:
//   npx tsx scripts/golden-dump.ts /tmp/before.jsonl   (before the change)
//   npx tsx scripts/golden-dump.ts /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
// Each applicant is assessed twice (the second time its history is already prepared): both answers are dumped.
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { type Applicant, assess, parseApplicant, ValidationError } from '../src/engine/index.ts';
import { renderAssessment } from '../src/explain/render.ts';
import { caseFiles } from '../test/engine/case-files.ts';
import { scenario } from '../test/engine/scenario-arbitrary.ts';

const SEED = 1515;
const SAMPLES = 600;

interface Run {
  name: string;
  date: string;
  version?: string | undefined;
  readings?: Record<string, string> | undefined;
  raw: unknown;
}

const runs: Run[] = [];
for (const { file, cases } of caseFiles()) {
  for (const c of cases)
    runs.push({ name: `${file}: ${c.name}`, date: c.date, version: c.version, readings: c.readings, raw: c.applicant });
}
fc.sample(scenario, { seed: SEED, numRuns: SAMPLES }).forEach((s, i) => {
  runs.push({ name: `sample ${i}`, date: s.date, version: s.version, readings: s.readings, raw: s.raw });
});

function parsed(raw: unknown): Applicant | string {
  try {
    return parseApplicant(raw);
  } catch (e) {
    if (e instanceof ValidationError) return 'invalid';
    throw e;
  }
}

const lines: string[] = [];
for (const r of runs) {
  const applicant = parsed(r.raw);
  if (typeof applicant === 'string') {
    lines.push(JSON.stringify({ name: r.name, invalid: true }));
    continue;
  }
  const options = { date: r.date, version: r.version, readings: r.readings };
  for (const round of [1, 2]) {
    const a = assess(applicant, options);
    lines.push(JSON.stringify({ name: r.name, round, assessment: a }));
    lines.push(JSON.stringify({ name: r.name, round, zh: renderAssessment(a, 'zh') }));
    lines.push(JSON.stringify({ name: r.name, round, en: renderAssessment(a, 'en') }));
  }
}
const out = `${lines.join('\n')}\n`;
const path = process.argv[2];
if (path) writeFileSync(path, out);
else process.stdout.write(out);
console.error(`${runs.length} runs, ${lines.length} lines, ${out.length} characters`);
