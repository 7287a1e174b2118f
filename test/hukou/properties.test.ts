// Properties of the 居转户 answer over the hand-worked cases: a regular month at a base above every threshold never
// moves an earliest month later, and the same input always gives the same answer (and is not changed by it).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Applicant, parseApplicant } from '../../src/applicant/index.ts';
import { assessRoutes } from '../../src/hukou/assess.ts';
import { assessHukou } from '../../src/hukou/index.ts';
import { applicantOf, hukouCases } from './case-file.ts';
import { random } from './generated.ts';

const cases = hukouCases().filter((c) => !c.expectError);

/** 40,000 is above 3 × every talent-domain reference (the highest, 11,396, gives 34,188). */
const ABOVE_ALL = 40000;

function monthBefore(date: string, back: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const later = (a: string | null, b: string | null) => (a === null ? b !== null : b !== null && a > b);

describe('居转户 properties', () => {
  it('a regular month at a base above every threshold never moves an earliest month later', () => {
    const next = random(18);
    let tried = 0;
    for (const c of cases) {
      const base = parseApplicant(applicantOf(c)) as Applicant;
      const options = { date: c.date, version: c.version, readings: c.readings };
      const before = assessRoutes(base, options);
      const have = new Set(base.socialInsurance.map((m) => m.month));
      for (let i = 0; i < 4; i++) {
        const month = monthBefore(c.date, Math.floor(next() * 96));
        if (have.has(month)) continue;
        const added = {
          ...base,
          socialInsurance: [
            ...base.socialInsurance,
            { month, base: ABOVE_ALL, backPaid: false, employerMatchesContract: true, taxMatches: true },
          ],
        };
        const after = assessRoutes(added, options);
        tried++;
        for (const r of after.routes) {
          const was = before.routes.find((x) => x.id === r.id)?.earliest ?? null;
          assert.ok(!later(r.earliest, was), `${c.name}: adding ${month} moved ${r.id} from ${was} to ${r.earliest}`);
        }
        assert.ok(!later(after.overall.earliest, before.overall.earliest), `${c.name}: overall moved later with ${month}`);
      }
    }
    assert.ok(tried >= 40, `${tried} months added`);
  });

  it('the same input gives the same answer and is left unchanged', () => {
    for (const c of cases.slice(0, 12)) {
      const applicant = parseApplicant(applicantOf(c));
      const copy = structuredClone(applicant);
      const options = { date: c.date, version: c.version, readings: c.readings };
      const first = assessHukou(applicant, options);
      assert.deepEqual(assessHukou(applicant, options), first, c.name);
      assert.deepEqual(applicant, copy, `${c.name}: input unchanged`);
    }
  });
});
