import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  fillAbilityMasks,
  fillDemandMasks,
  fillLimitMasks,
  fillSchedule,
  maskOf,
  ordinalsOf,
  popcount32,
  taskWeights,
} from './bits';
import { SCHEDULE_WORDS } from './specs';

describe('popcount32', () => {
  it('counts bits of any 32-bit word', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }), (x) => {
        const expected = [...(x >>> 0).toString(2)].filter((c) => c === '1').length;
        expect(popcount32(x)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('masks', () => {
  it('round-trips ordinal sets, bit 31 included', () => {
    expect(ordinalsOf(maskOf([0, 5, 31]))).toEqual([0, 5, 31]);
    expect(maskOf([31])).toBe(2 ** 31);
  });

  it('nests demand levels: T_k holds demands at level k or above', () => {
    const t = new Uint32Array(4);
    fillDemandMasks(
      [
        { demand: 3, level: 2 },
        { demand: 7, level: 4 },
      ],
      t,
      0,
    );
    expect([...t].map(ordinalsOf)).toEqual([[3, 7], [3, 7], [7], [7]]);
  });

  it('nests limits: P_k holds demands whose maxLevel is below k, the strictest restriction winning', () => {
    const p = new Uint32Array(4);
    fillLimitMasks(
      [
        { demand: 3, maxLevel: 2 },
        { demand: 3, maxLevel: 1 },
        { demand: 9, maxLevel: 4 },
      ],
      p,
      0,
    );
    expect([...p].map(ordinalsOf)).toEqual([[], [3], [3], [3]]);
  });

  it('keeps ability sets nested across both words', () => {
    const a = new Uint32Array(6);
    fillAbilityMasks(
      [
        { taskType: 2, experience: 0 },
        { taskType: 40, experience: 2 },
        { taskType: 40, experience: 1 },
      ],
      a,
      0,
    );
    expect([...a]).toEqual([1 << 2, 1 << 8, 0, 1 << 8, 0, 1 << 8]);
  });
});

describe('fillSchedule', () => {
  it('sets bit day*96 + startMin/15 for each quarter-hour', () => {
    const bits = new Uint32Array(SCHEDULE_WORDS);
    fillSchedule([{ day: 1, startMin: 0, endMin: 30 }], bits, 0);
    expect(bits[3]).toBe(0b11);
    fillSchedule([{ day: 6, startMin: 1425, endMin: 1440 }], bits, 0);
    expect(bits[20] >>> 31).toBe(1);
    expect(bits.reduce((n, w) => n + popcount32(w), 0)).toBe(1);
  });
});

describe('taskWeights', () => {
  it('splits the unstated share equally and keeps every weight positive', () => {
    const w = taskWeights([{ hoursShare: 60 }, { hoursShare: null }, { hoursShare: null }]);
    expect(w[0]).toBeCloseTo(0.8 * 0.6 + 0.2 / 3);
    expect(w[1]).toBeCloseTo(0.8 * 0.2 + 0.2 / 3);
    expect(w[1]).toBe(w[2]);
    const zero = taskWeights([{ hoursShare: 100 }, { hoursShare: 0 }]);
    expect(zero[1]).toBeGreaterThan(0);
  });

  it('sums to 1 whatever the stated shares', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 150 })), { minLength: 1, maxLength: 20 }), (shares) => {
        const w = taskWeights(shares.map((hoursShare) => ({ hoursShare })));
        expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        for (const x of w) expect(x).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
