// Day arithmetic used to date each change exactly: checked against known dates and a brute-force scan.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { dateOfDay, dayNumber } from '../../src/core/calendar.ts';
import { firstDay } from '../../src/planner/days.ts';

describe('day numbers', () => {
  it('match known dates, leap days included', () => {
    assert.equal(dayNumber('1970-01-01'), 0);
    assert.equal(dayNumber('2000-03-01') - dayNumber('2000-02-28'), 2);
    assert.equal(dayNumber('2100-03-01') - dayNumber('2100-02-28'), 1);
    assert.equal(dateOfDay(dayNumber('2024-02-29') + 1), '2024-03-01');
  });

  it('round-trip every day of four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2300-12-31') }), (n) => dayNumber(dateOfDay(n)) === n),
      { numRuns: 200 },
    );
  });
});

describe('firstDay', () => {
  it('finds the first day a step predicate holds, as a full scan would', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 70 }).chain((w) => fc.tuple(fc.constant(w), fc.integer({ min: 1, max: w }))),
        (start, [width, k]) => {
          const after = dayNumber('2024-01-01') + start;
          const found = firstDay(dateOfDay(after), dateOfDay(after + width), (d) => dayNumber(d) >= after + k);
          return found === dateOfDay(after + k);
        },
      ),
      { numRuns: 200 },
    );
  });
});
