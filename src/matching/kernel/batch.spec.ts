import { describe, expect, it } from '@jest/globals';
import { scoreJobAgainstProfiles, scoreProfileAgainstJobs } from './batch';
import { explainPair } from './explain';
import { testGeo } from './testing/arbitraries';
import { DISHWASHING, exampleJob, exampleProfile, HELSINKI, TAMPERE } from './testing/examples';
import { REQUIRED_ACCOMMODATION_MISSING, TOO_FAR } from './score';
import { JobTable, ProfileTable } from './tables';

// Rows 0..5: two identical best profiles (ids 30, 20), a weaker one, one with a single blocker, one with two
// blockers, and a weaker feasible one.
const profiles = ProfileTable.fromSpecs(
  [
    exampleProfile(),
    exampleProfile(),
    exampleProfile({ abilities: [{ taskType: DISHWASHING, experience: 0 }] }),
    exampleProfile({ municipality: TAMPERE }),
    exampleProfile({ municipality: TAMPERE, hoursMax: 2, hoursMin: 1 }),
    exampleProfile({ abilities: [], preferred: [] }),
  ],
  Uint32Array.of(30, 20, 40, 50, 60, 10),
);
const jobs = JobTable.fromSpecs([exampleJob()], Uint32Array.of(1));

describe('scoreJobAgainstProfiles', () => {
  it('returns feasible rows best first, ties by id, and counts them all', () => {
    const r = scoreJobAgainstProfiles(jobs, 0, profiles, testGeo, { topK: 10, nearMissK: 10 });
    expect(r.scanned).toBe(6);
    expect(r.feasibleCount).toBe(4);
    expect([...r.feasible]).toEqual([1, 0, 2, 5]);
    expect(r.feasibleKeys[0]).toBe(r.feasibleKeys[1]);
    expect([...r.feasibleKeys]).toEqual([1, 0, 2, 5].map((p) => explainPair(jobs, 0, profiles, p, testGeo).rankKey));
    expect([...r.nearMisses]).toEqual([3]);
    expect(r.nearMissKeys[0]).toBe(explainPair(jobs, 0, profiles, 3, testGeo).rankKey);
  });

  it('keeps only near misses whose one blocker is in nearMissBlockers', () => {
    // Row 3 misses only by distance (TOO_FAR): kept by default, dropped when only other blockers count.
    const onlyAccommodations = scoreJobAgainstProfiles(jobs, 0, profiles, testGeo, {
      topK: 10,
      nearMissK: 10,
      nearMissBlockers: REQUIRED_ACCOMMODATION_MISSING,
    });
    expect([...onlyAccommodations.nearMisses]).toEqual([]);
    const withDistance = scoreJobAgainstProfiles(jobs, 0, profiles, testGeo, {
      topK: 10,
      nearMissK: 10,
      nearMissBlockers: REQUIRED_ACCOMMODATION_MISSING | TOO_FAR,
    });
    expect([...withDistance.nearMisses]).toEqual([3]);
    expect(explainPair(jobs, 0, profiles, 3, testGeo).blockers).toEqual(['TOO_FAR']);
  });

  it('keeps only topK when there are more feasible rows, still counting all', () => {
    const r = scoreJobAgainstProfiles(jobs, 0, profiles, testGeo, { topK: 2, nearMissK: 0 });
    expect([...r.feasible]).toEqual([1, 0]);
    expect(r.feasibleCount).toBe(4);
    expect(r.nearMisses.length).toBe(0);
  });

  it('scores only the candidates when given', () => {
    const r = scoreJobAgainstProfiles(jobs, 0, profiles, testGeo, { topK: 5, nearMissK: 5 }, Int32Array.of(5, 3, 0));
    expect(r.scanned).toBe(3);
    expect([...r.feasible]).toEqual([0, 5]);
    expect([...r.nearMisses]).toEqual([3]);
  });

  it('rejects bad rows, candidates and options', () => {
    const opts = { topK: 1, nearMissK: 1 };
    expect(() => scoreJobAgainstProfiles(jobs, 1, profiles, testGeo, opts)).toThrow(RangeError);
    expect(() => scoreJobAgainstProfiles(jobs, 0, profiles, testGeo, opts, Int32Array.of(6))).toThrow(RangeError);
    expect(() => scoreJobAgainstProfiles(jobs, 0, profiles, testGeo, { topK: -1, nearMissK: 0 })).toThrow(RangeError);
    const elsewhere = ProfileTable.fromSpecs([exampleProfile({ municipality: testGeo.size })]);
    expect(() => scoreJobAgainstProfiles(jobs, 0, elsewhere, testGeo, opts)).toThrow(/municipality/);
  });
});

describe('scoreProfileAgainstJobs', () => {
  it('ranks jobs for a profile the same way', () => {
    const many = JobTable.fromSpecs(
      [
        exampleJob({ municipality: TAMPERE }),
        exampleJob(),
        exampleJob({ offered: [] }),
        exampleJob({ municipality: TAMPERE, remotePossible: true }),
        exampleJob(),
      ],
      Uint32Array.of(5, 9, 8, 7, 3),
    );
    const one = ProfileTable.fromSpecs([exampleProfile({ maxCommuteKm: 50, municipality: HELSINKI })]);
    const r = scoreProfileAgainstJobs(one, 0, many, testGeo, { topK: 10, nearMissK: 10 });
    expect([...r.feasible]).toEqual([4, 1, 3]);
    expect([...r.nearMisses].sort()).toEqual([0, 2]);
    expect(r.feasibleCount).toBe(3);
  });
});
