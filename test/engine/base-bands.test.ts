// The base bands' running totals (src/engine/indicators/base-bands.ts): a window's months are found by position, by
// subtraction when the history has no gap and by binary search when it has one. Expected positions and counts are
// worked out by hand from the months listed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HistoryMonth } from '../../src/engine/history.ts';
import { bandIndex, firstFrom } from '../../src/engine/indicators/base-bands.ts';

/** A regular month at `percent` of its reference. */
function month(index: number, percent: number): HistoryMonth {
  return {
    month: index,
    base: percent * 100,
    backPaid: false,
    employerMatchesContract: true,
    taxMatches: true,
    reference: 10_000,
    referenceConfidence: 'high',
    referenceCarried: false,
    percentOfReference: percent,
    backPaidThrough: 0,
    otherEmployerThrough: 0,
  };
}

/** Months at or above 100 % (the 1× band) between two month indexes, inclusive, from the running totals. */
function atLeastOnce(history: HistoryMonth[], from: number, to: number): number {
  const index = bandIndex(history, [100], [200]);
  const running = index.atLeast[0] as number[];
  return (running[firstFrom(index, to + 1)] as number) - (running[firstFrom(index, from)] as number);
}

describe('base bands: a window by position', () => {
  it('a history without a gap: positions by subtraction, clamped to its ends', () => {
    const history = Array.from({ length: 12 }, (_, i) => month(100 + i, 100));
    const index = bandIndex(history, [100], [200]);
    assert.equal(index.gapless, 100);
    assert.deepEqual(
      [95, 100, 105, 111, 112, 200].map((m) => firstFrom(index, m)),
      [0, 0, 5, 11, 12, 12],
    );
    // months 103..108 of 100..111, all at 1×: 6
    assert.equal(atLeastOnce(history, 103, 108), 6);
  });

  it('a history with gaps: the first month at or after, by search', () => {
    const history = [month(100, 100), month(101, 90), month(105, 150), month(106, 100), month(110, 250)];
    const index = bandIndex(history, [100], [200]);
    assert.equal(index.gapless, undefined);
    assert.deepEqual(
      [99, 100, 102, 105, 107, 110, 111].map((m) => firstFrom(index, m)),
      [0, 0, 2, 2, 4, 4, 5],
    );
    // 101..109 holds 101 (90 %: below), 105 (150 %) and 106 (100 %): 2; 100..110 adds 100 and 110: 4
    assert.equal(atLeastOnce(history, 101, 109), 2);
    assert.equal(atLeastOnce(history, 100, 110), 4);
  });

  it('a gap that the first and last months hide (as many entries as months spanned) is still a gap', () => {
    // 100, 102, 102, 103: four entries over four months, but 101 is missing
    const history = [month(100, 100), month(102, 100), month(102, 100), month(103, 100)];
    const index = bandIndex(history, [100], [200]);
    assert.equal(index.gapless, undefined);
    assert.equal(firstFrom(index, 101), 1);
    assert.equal(firstFrom(index, 103), 3);
  });
});
