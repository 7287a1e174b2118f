// Run by policy-fixture.test.ts in a child process on the fixture policy: assesses a few applicants and prints
// every rendered message (key, zh, en), the CLI's breakdown and the batch's result headers in both languages, as JSON.
import { resultHeaders, standardOn } from '../../../src/batch/result-columns.ts';
import { renderAssessment as cliBreakdown } from '../../../src/cli/render/assessment.ts';
import { assess, parseApplicant } from '../../../src/engine/index.ts';
import { renderAssessment } from '../../../src/explain/render.ts';
import { APPLICANTS, DATE } from './applicants.ts';

interface Rendered {
  who: string;
  key: string;
  zh: string;
  en: string;
}

function collect(who: string, x: unknown, out: Rendered[]): void {
  if (Array.isArray(x)) for (const v of x) collect(who, v, out);
  else if (x !== null && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if (typeof o.key === 'string' && typeof o.zh === 'string') out.push({ who, key: o.key, zh: o.zh, en: o.en as string });
    for (const [k, v] of Object.entries(o)) if (k !== 'params') collect(who, v, out);
  }
}

const messages: Rendered[] = [];
const cli: Record<string, { zh: string; en: string }> = {};
for (const [who, input] of Object.entries(APPLICANTS)) {
  const a = assess(parseApplicant(input), { date: DATE });
  collect(who, renderAssessment(a, 'all'), messages);
  cli[who] = { zh: cliBreakdown(a, 'zh'), en: cliBreakdown(a, 'en') };
}
const batchHeaders = { zh: resultHeaders('zh', standardOn(DATE)), en: resultHeaders('en', standardOn(DATE)) };
process.stdout.write(JSON.stringify({ messages, cli, batchHeaders }));
