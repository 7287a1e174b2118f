// Confidence that means something (issue 13): the alternatives the engine reports are exactly those it would find by
// trying every reading with another option on every line — the shortcuts that skip a reading which cannot matter
// (src/engine/alternatives.ts, MATTERS) skip nothing that would change a line.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { withoutPruning } from '../../src/engine/alternatives.ts';
import { assess, parseApplicant } from '../../src/engine/index.ts';

interface Case {
  name: string;
  date: string;
  version?: string;
  readings?: Record<string, string>;
  applicant: unknown;
  expectError?: unknown;
}

const dir = new URL('../cases/', import.meta.url);
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(new URL(f, dir), 'utf8')) as Case[])
  .filter((c) => !c.expectError);

describe('alternatives: the shortcuts miss nothing', () => {
  it(`every hand-worked case (${cases.length}) reports the same alternatives as trying every reading`, () => {
    let uncertain = 0;
    for (const c of cases) {
      const applicant = parseApplicant(c.applicant);
      const options = { date: c.date, version: c.version, readings: c.readings };
      const fast = assess(applicant, options);
      const full = withoutPruning(() => assess(applicant, options));
      const view = (a: typeof fast) => a.items.map((i) => [i.id, i.confidence, i.alternatives.map((x) => [x.id, x.option, x.points])]);
      assert.deepEqual(view(fast), view(full), c.name);
      assert.equal(fast.confidence, full.confidence, c.name);
      if (fast.items.some((i) => i.alternatives.length)) uncertain++;
    }
    // the cases exercise the rule: some lines are uncertain, most are not
    assert.ok(uncertain > 10 && uncertain < cases.length / 2, `uncertain cases: ${uncertain}`);
  });
});
