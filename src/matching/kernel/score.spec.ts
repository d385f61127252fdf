import { describe, expect, it } from '@jest/globals';
import { testGeo } from './testing/arbitraries';
import {
  CLEANING,
  DISHWASHING,
  ESPOO,
  exampleJob,
  exampleProfile,
  explainSpecs,
  FINE_HAND_USE,
  FLEX_START,
  HELSINKI,
  LIFTING,
  PACKAGING,
  QUIET_SPACE,
  STANDING,
  TAMPERE,
} from './testing/examples';

describe('feasible pair', () => {
  it('has no blockers, a 0..100 score and integer breakdown', () => {
    const e = explainSpecs(exampleJob(), exampleProfile());
    expect(e.blockers).toEqual([]);
    expect(e.feasible).toBe(true);
    expect(e.carveOut).toEqual([]);
    expect(e.score).toBe(Math.round(e.rankKey));
    expect(e.score).toBeGreaterThan(0);
    for (const v of Object.values(e.breakdown)) {
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(100);
    }
    // One required and one preferred accommodation, both offered; same municipality.
    expect(e.breakdown.accommodations).toBe(100);
    expect(e.breakdown.location).toBe(100);
  });
});

describe('blockers', () => {
  it('REQUIRED_ACCOMMODATION_MISSING when a required accommodation is not offered', () => {
    const e = explainSpecs(exampleJob({ offered: [] }), exampleProfile());
    expect(e.blockers).toEqual(['REQUIRED_ACCOMMODATION_MISSING']);
    expect(e.feasible).toBe(false);
    expect(e.score).toBe(0);
    expect(e.rankKey).toBeGreaterThan(0);
  });

  it('a missing preferred accommodation is no blocker', () => {
    const e = explainSpecs(exampleJob({ offered: [QUIET_SPACE] }), exampleProfile());
    expect(e.blockers).toEqual([]);
    expect(e.breakdown.accommodations).toBe(50);
  });

  it('ESSENTIAL_TASK_CONFLICT when an essential task is above a limit', () => {
    const e = explainSpecs(exampleJob(), exampleProfile({ restrictions: [{ demand: STANDING, maxLevel: 1 }] }));
    expect(e.blockers).toEqual(['ESSENTIAL_TASK_CONFLICT']);
    expect(e.carveOut).toEqual([]);
  });

  it('carves out a modifiable task above a limit, and the pair stays feasible', () => {
    const e = explainSpecs(exampleJob(), exampleProfile({ restrictions: [{ demand: LIFTING, maxLevel: 2 }] }));
    expect(e.blockers).toEqual([]);
    expect(e.carveOut).toEqual([1]);
    const full = explainSpecs(exampleJob(), exampleProfile());
    expect(full.rankKey).toBeGreaterThan(e.rankKey);
  });

  it('a demand at the limit is no conflict', () => {
    const e = explainSpecs(exampleJob(), exampleProfile({ restrictions: [{ demand: LIFTING, maxLevel: 3 }] }));
    expect(e.carveOut).toEqual([]);
  });

  it('NO_SUITABLE_TASK when every task is carved out', () => {
    const job = exampleJob({
      tasks: [
        { taskType: CLEANING, modifiable: true, hoursShare: null, demands: [{ demand: LIFTING, level: 3 }] },
        { taskType: PACKAGING, modifiable: true, hoursShare: null, demands: [{ demand: FINE_HAND_USE, level: 1 }] },
      ],
    });
    const e = explainSpecs(
      job,
      exampleProfile({
        restrictions: [
          { demand: LIFTING, maxLevel: 1 },
          { demand: FINE_HAND_USE, maxLevel: 0 },
        ],
      }),
    );
    expect(e.blockers).toEqual(['NO_SUITABLE_TASK']);
    expect(e.carveOut).toEqual([0, 1]);
    expect(e.breakdown.tasks).toBe(0);
  });

  it('no NO_SUITABLE_TASK next to an essential conflict', () => {
    const e = explainSpecs(
      exampleJob(),
      exampleProfile({
        restrictions: [
          { demand: STANDING, maxLevel: 0 },
          { demand: LIFTING, maxLevel: 0 },
        ],
      }),
    );
    expect(e.blockers).toEqual(['ESSENTIAL_TASK_CONFLICT']);
    expect(e.carveOut).toEqual([1]);
  });

  it('HOURS_TOO_FEW when the profile max is below the job min', () => {
    const e = explainSpecs(exampleJob(), exampleProfile({ hoursMin: 4, hoursMax: 9.75 }));
    expect(e.blockers).toEqual(['HOURS_TOO_FEW']);
  });

  it('HOURS_TOO_MANY when the profile min is above the job max', () => {
    const e = explainSpecs(
      exampleJob({ hoursMax: 12 }),
      exampleProfile({ hoursMin: 12.5, hoursMax: 20, availability: [] }),
    );
    expect(e.blockers).toEqual(['HOURS_TOO_MANY', 'NO_SCHEDULE_OVERLAP']);
  });

  it('NO_SCHEDULE_OVERLAP when shared hours are fewer than the larger minimum', () => {
    // Job 20 h in schedule, min 10; profile available MON–FRI 10:00–11:45 = 8.75 h shared.
    const availability = [0, 1, 2, 3, 4].map((day) => ({ day, startMin: 600, endMin: 705 }));
    const e = explainSpecs(exampleJob(), exampleProfile({ availability }));
    expect(e.blockers).toEqual(['NO_SCHEDULE_OVERLAP']);
    const enough = [0, 1, 2, 3, 4].map((day) => ({ day, startMin: 600, endMin: 720 }));
    expect(explainSpecs(exampleJob(), exampleProfile({ availability: enough })).blockers).toEqual([]);
  });

  it('TOO_FAR beyond maxCommuteKm, unless the job is remote-possible', () => {
    const far = exampleProfile({ municipality: TAMPERE, maxCommuteKm: 100 });
    expect(explainSpecs(exampleJob(), far).blockers).toEqual(['TOO_FAR']);
    expect(explainSpecs(exampleJob({ remotePossible: true }), far).blockers).toEqual([]);
    expect(explainSpecs(exampleJob(), { ...far, maxCommuteKm: null }).blockers).toEqual([]);
    expect(explainSpecs(exampleJob(), { ...far, maxCommuteKm: 200 }).blockers).toEqual([]);
  });

  it('TOO_FAR for a remote-only profile and a job that cannot be remote', () => {
    const remoteOnly = exampleProfile({ remoteOnly: true });
    expect(explainSpecs(exampleJob(), remoteOnly).blockers).toEqual(['TOO_FAR']);
    const e = explainSpecs(exampleJob({ remotePossible: true }), remoteOnly);
    expect(e.blockers).toEqual([]);
    expect(e.breakdown.location).toBe(100);
  });

  it('reports several blockers in contract order', () => {
    const e = explainSpecs(
      exampleJob({ offered: [] }),
      exampleProfile({
        restrictions: [{ demand: STANDING, maxLevel: 0 }],
        hoursMin: 1,
        hoursMax: 2,
        availability: [],
        municipality: TAMPERE,
      }),
    );
    expect(e.blockers).toEqual([
      'REQUIRED_ACCOMMODATION_MISSING',
      'ESSENTIAL_TASK_CONFLICT',
      'HOURS_TOO_FEW',
      'NO_SCHEDULE_OVERLAP',
      'TOO_FAR',
    ]);
    expect(e.score).toBe(0);
  });
});

describe('components', () => {
  it('schedule overlap: MON 08:00–12:00 against MON 10:00–14:00 is 2 h', () => {
    const job = exampleJob({ hoursMin: 2, hoursMax: 4, schedule: [{ day: 0, startMin: 480, endMin: 720 }] });
    const profile = exampleProfile({
      hoursMin: 1,
      hoursMax: 4,
      availability: [{ day: 0, startMin: 600, endMin: 840 }],
    });
    const e = explainSpecs(job, profile);
    expect(e.blockers).toEqual([]);
    expect(e.reasons).toContainEqual({ code: 'SCHEDULE_OVERLAP', params: { hours: 2 } });
    const short = explainSpecs({ ...job, hoursMin: 2.25 }, profile);
    expect(short.blockers).toEqual(['NO_SCHEDULE_OVERLAP']);
  });

  it('location: 100 in the same municipality, lower further away, floored for remote-possible jobs', () => {
    const same = explainSpecs(exampleJob(), exampleProfile({ maxCommuteKm: null }));
    const near = explainSpecs(exampleJob(), exampleProfile({ municipality: ESPOO, maxCommuteKm: null }));
    const far = explainSpecs(exampleJob(), exampleProfile({ municipality: TAMPERE, maxCommuteKm: null }));
    expect(same.breakdown.location).toBe(100);
    expect(near.breakdown.location).toBeLessThan(100);
    expect(far.breakdown.location).toBeLessThan(near.breakdown.location);
    const km = testGeo.km(HELSINKI, ESPOO);
    expect(near.breakdown.location).toBe(Math.round(100 * Math.exp(-km / 25)));
    const remote = explainSpecs(
      exampleJob({ remotePossible: true }),
      exampleProfile({ municipality: TAMPERE, maxCommuteKm: null }),
    );
    expect(remote.breakdown.location).toBe(60);
  });

  it('tasks: experience raises the score, unlisted tasks count least', () => {
    const expert = explainSpecs(exampleJob(), exampleProfile());
    const some = explainSpecs(exampleJob(), exampleProfile({ abilities: [{ taskType: DISHWASHING, experience: 1 }] }));
    const none = explainSpecs(exampleJob(), exampleProfile({ abilities: [] }));
    expect(expert.rankKey).toBeGreaterThan(some.rankKey);
    expect(some.rankKey).toBeGreaterThan(none.rankKey);
    expect(none.breakdown.tasks).toBe(55);
  });

  it('accommodations: 100 when the profile needs none', () => {
    const e = explainSpecs(exampleJob({ offered: [] }), exampleProfile({ required: [], preferred: [] }));
    expect(e.breakdown.accommodations).toBe(100);
    const half = explainSpecs(exampleJob(), exampleProfile({ preferred: [FLEX_START] }));
    expect(half.breakdown.accommodations).toBe(50);
  });

  it('hours: full when one range holds the other and the overlap is roomy', () => {
    const job = exampleJob({ hoursMin: 5, hoursMax: 10 });
    const e = explainSpecs(job, exampleProfile({ hoursMin: 0, hoursMax: 40 }));
    // need 5 h, 20 h in the shared schedule: more than 1.5 × need.
    expect(e.breakdown.hours).toBe(100);
  });
});

describe('earnings guard', () => {
  // 13.50 € an hour: 20 h a week earn 20 × 13.5 × 52 / 12 = 1,170 € a month; a limit of 986 € allows 16.85 h.
  const job = exampleJob({ hourlyWage: 13.5, hoursMin: 10, hoursMax: 20 });

  it('caps the hours: within the limit the pair stays feasible, with the capped range in its reasons', () => {
    const free = explainSpecs(job, exampleProfile());
    const capped = explainSpecs(job, exampleProfile({ earningsLimitEur: 986 }));
    expect(capped.blockers).toEqual([]);
    expect(capped.rankKey).toBeLessThanOrEqual(free.rankKey);
    // 986 € leaves 16.85 h, more than the person's 16: the range is both sides' own.
    expect(capped.reasons).toContainEqual({ code: 'HOURS_RANGE', params: { min: 10, max: 16 } });
    const low = explainSpecs(job, exampleProfile({ earningsLimitEur: 700 }));
    // 700 € leaves 11.97 h: the capped range, down to the quarter hour, with both sides' range for employers.
    expect(low.reasons).toContainEqual({
      code: 'HOURS_RANGE_AT_PAY',
      params: { min: 10, max: 11.75, bothMin: 10, bothMax: 16 },
    });
    expect(low.reasons.some((r) => r.code === 'HOURS_RANGE')).toBe(false);
    expect(low.breakdown.hours).toBeLessThan(capped.breakdown.hours);
  });

  it('blocks a job whose minimum hours already earn more than the limit, saying the hours the person can take', () => {
    // 10 h × 13.5 × 52 / 12 = 585 € a month
    const e = explainSpecs(job, exampleProfile({ earningsLimitEur: 584.99 }));
    expect(e.blockers).toEqual(['EARNINGS_OVER_LIMIT']);
    expect(e.score).toBe(0);
    expect(e.reasons[0]).toEqual({ code: 'EARNINGS_OVER_LIMIT', params: { jobMin: 10, maxHours: 9.75 } });
    expect(explainSpecs(job, exampleProfile({ earningsLimitEur: 585 })).blockers).toEqual([]);
  });

  it('does nothing without a wage', () => {
    expect(explainSpecs(exampleJob(), exampleProfile({ earningsLimitEur: 1 }))).toEqual(
      explainSpecs(exampleJob(), exampleProfile()),
    );
  });
});
