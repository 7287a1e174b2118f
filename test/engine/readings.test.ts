// Every reading an item lists is one it really read, and every reading it read is listed: for each reading and each of
// its options, on every applicant of the hand-worked cases, an item whose points or conditions change under the
// option lists the reading, and every (item, reading) pair that is listed somewhere changes on some applicant.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Applicant, type Assessment, assess, parseApplicant } from '../../src/engine/index.ts';
import { readings } from '../../src/policy/index.ts';
import { type Case, caseFiles } from './case-files.ts';

const cases: (Case & { file: string; parsed: Applicant })[] = [];
for (const { file, cases: inFile } of caseFiles()) {
  for (const c of inFile) if (!c.expectError) cases.push({ ...c, file, parsed: parseApplicant(c.applicant) });
}

/**
 * What an item says that a reading could move: its points and its conditions — but not the choose-one condition the
 * aggregation adds to the line it drops, which follows the other line's points, not this item's reading.
 */
const outcome = (a: Assessment, id: string) => {
  const item = a.items.find((i) => i.id === id);
  return item && JSON.stringify([item.points, item.conditions.filter((c) => c.id !== 'chooseOne')]);
};

/** A reading with a single option cannot change anything: it is listed for its confidence alone. */
const hasAlternative = new Set(readings.filter((r) => r.options.length > 1).map((r) => r.id));

describe('readings an item records', () => {
  const changedSomewhere = new Set<string>();
  const listedSomewhere = new Set<string>();
  const unlisted: string[] = [];

  for (const c of cases) {
    const base = assess(c.parsed, { date: c.date, version: c.version, readings: c.readings });
    for (const item of base.items) {
      for (const r of Object.keys(item.readings)) if (hasAlternative.has(r)) listedSomewhere.add(`${item.id} ${r}`);
    }
    for (const r of readings) {
      for (const o of r.options) {
        if ((c.readings?.[r.id] ?? r.default) === o.id) continue;
        const other = assess(c.parsed, { date: c.date, version: c.version, readings: { ...c.readings, [r.id]: o.id } });
        for (const item of other.items) {
          if (item.readings[r.id] !== undefined) listedSomewhere.add(`${item.id} ${r.id}`);
          if (outcome(base, item.id) === outcome(other, item.id)) continue;
          changedSomewhere.add(`${item.id} ${r.id}`);
          const before = base.items.find((i) => i.id === item.id);
          if (item.readings[r.id] === undefined && before?.readings[r.id] === undefined) {
            unlisted.push(`${c.file} "${c.name}": ${item.id} changes under ${r.id}=${o.id} but does not list ${r.id}`);
          }
        }
      }
    }
  }

  it('runs every case under every alternative reading', () => {
    assert.ok(cases.length >= 200, `${cases.length} cases`);
    assert.ok(changedSomewhere.size > 10, `${changedSomewhere.size} (item, reading) pairs change`);
  });

  it('an item whose points or conditions change under a reading lists it (under one option or the other)', () => {
    assert.deepEqual(unlisted, []);
  });

  it('an item lists a reading only if it changes under it on some applicant of the cases', () => {
    assert.deepEqual([...listedSomewhere].filter((pair) => !changedSomewhere.has(pair)).sort(), []);
  });
});
