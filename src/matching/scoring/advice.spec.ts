import { describe, expect, it } from '@jest/globals';
import { AdviceKind } from '../../benefits/advice.types';
import { JobTable, ProfileTable } from '../kernel';
import { encodeJobFeatures } from '../kernel/features';
import { testGeo } from '../kernel/testing/arbitraries';
import { exampleJob, exampleProfile, FLEX_START, QUIET_SPACE } from '../kernel/testing/examples';
import { adviceRows, countAdvice, minimumHoursToAdvise, newlyFeasible, sortAdvice, withMinimumHours } from './advice';

describe('advice from a job run', () => {
  // 20 € an hour, 10–20 h: the minimum earns 866.67 € a month.
  const job = exampleJob({ hourlyWage: 20 });
  const jobs = JobTable.fromSpecs([job]);
  const profiles = ProfileTable.fromSpecs([
    exampleProfile(), // feasible as it is
    exampleProfile({ required: [QUIET_SPACE, FLEX_START] }), // misses one accommodation
    exampleProfile({ earningsLimitEur: 700 }), // 8.07 h a week within the limit
    exampleProfile({ earningsLimitEur: 800 }), // 9.23 h
    exampleProfile({ required: [QUIET_SPACE, FLEX_START], earningsLimitEur: 700 }), // two blockers: no advice
  ]);

  it('finds the single changes and counts the consented rows they make feasible', () => {
    const rows = adviceRows(jobs, profiles, testGeo);
    expect(rows.map((r) => [r.row, r.kind])).toEqual([
      [1, AdviceKind.OFFER_ACCOMMODATION],
      [2, AdviceKind.LOWER_MINIMUM_HOURS],
      [3, AdviceKind.LOWER_MINIMUM_HOURS],
    ]);
    expect(countAdvice(rows, () => true)).toEqual([
      { kind: AdviceKind.OFFER_ACCOMMODATION, accommodationOrdinal: FLEX_START, additionalCandidates: 1 },
    ]);
    expect(countAdvice(rows, (row) => row !== 1)).toEqual([]);
    // The lowest cap of the consented rows, down to the quarter hour: 700 × 12 / (20 × 52) = 8.08 → 8.
    expect(minimumHoursToAdvise(rows, () => true, 10)).toBe(8);
    expect(minimumHoursToAdvise(rows, (row) => row !== 2, 10)).toBe(9);
  });

  it('counts lowering the minimum hours by scoring the lowered job', () => {
    const lowered = withMinimumHours(jobs, encodeJobFeatures(job), Uint32Array.of(0), 8);
    expect(lowered.hoursMin[0]).toBe(8);
    expect(jobs.hoursMin[0]).toBe(10);
    expect(newlyFeasible(jobs, lowered, profiles, testGeo)).toEqual([2, 3]);
  });

  it('puts the change that adds most first', () => {
    const sorted = sortAdvice([
      { kind: AdviceKind.WIDEN_SCHEDULE, additionalCandidates: 1 },
      { kind: AdviceKind.LOWER_MINIMUM_HOURS, minHours: 8, additionalCandidates: 3 },
      { kind: AdviceKind.OFFER_ACCOMMODATION, accommodationOrdinal: 4, additionalCandidates: 1 },
    ]);
    expect(sorted.map((a) => a.kind)).toEqual([
      AdviceKind.LOWER_MINIMUM_HOURS,
      AdviceKind.OFFER_ACCOMMODATION,
      AdviceKind.WIDEN_SCHEDULE,
    ]);
  });
});
