import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { median, placementStatsOf } from './placement-stats';

describe('median', () => {
  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });

  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([7])).toBe(7);
    expect(median([9, 1, 4])).toBe(4);
    expect(median([3.5, 0.25, 12, 1, 2])).toBe(2);
  });

  it('is the mean of the middle two of an even count', () => {
    expect(median([1, 3])).toBe(2);
    expect(median([10, 2, 4, 8])).toBe(6);
    expect(median([0.5, 0.5, 1, 30])).toBe(0.75);
  });

  it('does not change its argument', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('has as many values at or below it as at or above it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (values) => {
          const m = median(values) as number;
          expect(values.filter((v) => v <= m).length).toBeGreaterThanOrEqual(values.length / 2);
          expect(values.filter((v) => v >= m).length).toBeGreaterThanOrEqual(values.length / 2);
        },
      ),
    );
  });
});

describe('placementStatsOf', () => {
  it('reports zeros, a zero rate and no median when there are no proposals', () => {
    expect(placementStatsOf({ proposals: 0, accepted: 0, trials: 0, hires: 0, daysToHire: [] })).toEqual({
      proposals: 0,
      accepted: 0,
      trials: 0,
      hires: 0,
      placementRate: 0,
      medianDaysToHire: null,
    });
  });

  it('divides hires by proposals and takes the median of the days to hire', () => {
    expect(placementStatsOf({ proposals: 8, accepted: 5, trials: 3, hires: 2, daysToHire: [30, 12] })).toEqual({
      proposals: 8,
      accepted: 5,
      trials: 3,
      hires: 2,
      placementRate: 0.25,
      medianDaysToHire: 21,
    });
  });

  it('has no median while there are proposals but no hires', () => {
    const stats = placementStatsOf({ proposals: 3, accepted: 1, trials: 0, hires: 0, daysToHire: [] });
    expect(stats.placementRate).toBe(0);
    expect(stats.medianDaysToHire).toBeNull();
  });
});
