import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { scoreJobAgainstProfiles, scoreProfileAgainstJobs } from './batch';
import type { PairExplanation } from './explain';
import { explainPair, MATCH_BLOCKERS } from './explain';
import { encodeJobFeatures, encodeProfileFeatures } from './features';
import type { JobSpec, ProfileSpec, RestrictionSpec } from './specs';
import { JobTable, ProfileTable } from './tables';
import {
  complementWindows,
  earningsLimitArb,
  feasiblePairArb,
  FULL_WEEK,
  jobArb,
  makeFeasible,
  MUNICIPALITY_COUNT,
  pairArb,
  profileArb,
  testGeo,
  wageArb,
} from './testing/arbitraries';
import { explainSpecs } from './testing/examples';
import { referenceScore } from './testing/reference';

const RUNS = { numRuns: 250 };

/** b never ranks above a: rankKey and score are both at least as high. */
function notLower(a: PairExplanation, b: PairExplanation): void {
  expect(a.rankKey).toBeGreaterThanOrEqual(b.rankKey);
  expect(a.score).toBeGreaterThanOrEqual(b.score);
}

function withRestriction(profile: ProfileSpec, restriction: RestrictionSpec): ProfileSpec {
  return {
    ...profile,
    restrictions: [...profile.restrictions.filter((r) => r.demand !== restriction.demand), restriction],
  };
}

describe('determinism', () => {
  it('gives bit-identical results for the same inputs, however the tables were built', () => {
    fc.assert(
      fc.property(pairArb, ({ job, profile }) => {
        const a = explainSpecs(job, profile);
        const b = explainSpecs(structuredClone(job), structuredClone(profile));
        const ids = Uint32Array.of(0);
        const c = explainPair(
          JobTable.fromFeatures([encodeJobFeatures(job)], ids, Float64Array.of(job.hourlyWage ?? NaN)),
          0,
          ProfileTable.fromFeatures(
            [encodeProfileFeatures(profile)],
            ids,
            Float64Array.of(profile.earningsLimitEur ?? NaN),
          ),
          0,
          testGeo,
        );
        expect(b).toEqual(a);
        expect(c).toEqual(a);
        expect(Object.is(a.rankKey, b.rankKey) && Object.is(a.rankKey, c.rankKey)).toBe(true);
      }),
      RUNS,
    );
  });

  it('agrees with the plain reference scorer bit for bit', () => {
    fc.assert(
      fc.property(pairArb, ({ job, profile }) => {
        const e = explainSpecs(job, profile);
        const r = referenceScore(job, profile, testGeo);
        expect({ ...e, reasons: [] }).toEqual({ ...r, reasons: [] });
        expect(Object.is(e.rankKey, r.rankKey)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('feasibility', () => {
  it('is infeasible exactly when there are blockers, which come in contract order; infeasible scores 0', () => {
    fc.assert(
      fc.property(pairArb, ({ job, profile }) => {
        const e = explainSpecs(job, profile);
        expect(e.feasible).toBe(e.blockers.length === 0);
        const positions = e.blockers.map((b) => MATCH_BLOCKERS.indexOf(b));
        expect(positions).toEqual([...positions].sort((x, y) => x - y));
        if (!e.feasible) expect(e.score).toBe(0);
        else expect(e.score).toBe(Math.min(100, Math.round(e.rankKey)));
        expect(e.rankKey).toBeGreaterThanOrEqual(0);
        expect(e.rankKey).toBeLessThanOrEqual(100 + 1e-9);
      }),
      RUNS,
    );
  });

  it('makeFeasible builds feasible pairs (the base of the blocker cases)', () => {
    fc.assert(
      fc.property(feasiblePairArb, ({ job, profile }) => {
        expect(explainSpecs(job, profile).blockers).toEqual([]);
      }),
      RUNS,
    );
  });

  const pick = fc.nat();

  it('REQUIRED_ACCOMMODATION_MISSING: requiring something not offered', () => {
    fc.assert(
      fc.property(feasiblePairArb, pick, ({ job, profile }, n) => {
        const free = [...Array(32).keys()].filter((a) => !job.offered.includes(a));
        const a = free[n % free.length];
        const p = {
          ...profile,
          required: [...profile.required, a],
          preferred: profile.preferred.filter((x) => x !== a),
        };
        expect(explainSpecs(job, p).blockers).toEqual(['REQUIRED_ACCOMMODATION_MISSING']);
      }),
      RUNS,
    );
  });

  it('ESSENTIAL_TASK_CONFLICT: an essential task above a limit', () => {
    fc.assert(
      fc.property(
        feasiblePairArb,
        pick,
        fc.integer({ min: 0, max: 31 }),
        fc.integer({ min: 1, max: 4 }),
        ({ job, profile }, n, demand, level) => {
          const i = n % job.tasks.length;
          const tasks = job.tasks.map((t, k) =>
            k === i
              ? {
                  ...t,
                  modifiable: false,
                  demands: [...t.demands.filter((d) => d.demand !== demand), { demand, level }],
                }
              : t,
          );
          const p = withRestriction(profile, { demand, maxLevel: level - 1 });
          const e = explainSpecs({ ...job, tasks }, p);
          expect(e.blockers).toEqual(['ESSENTIAL_TASK_CONFLICT']);
        },
      ),
      RUNS,
    );
  });

  it('NO_SUITABLE_TASK: every task modifiable and above a limit', () => {
    fc.assert(
      fc.property(feasiblePairArb, fc.integer({ min: 0, max: 31 }), ({ job, profile }, demand) => {
        const tasks = job.tasks.map((t) => ({
          ...t,
          modifiable: true,
          demands: [...t.demands.filter((d) => d.demand !== demand), { demand, level: 1 }],
        }));
        const e = explainSpecs({ ...job, tasks }, withRestriction(profile, { demand, maxLevel: 0 }));
        expect(e.blockers).toEqual(['NO_SUITABLE_TASK']);
        expect(e.carveOut).toEqual(tasks.map((_, i) => i));
      }),
      RUNS,
    );
  });

  it('HOURS_TOO_FEW: profile max below the job min', () => {
    fc.assert(
      fc.property(feasiblePairArb, fc.double({ min: 0.01, max: 1, noNaN: true }), ({ job, profile }, f) => {
        const hoursMax = job.hoursMin * (1 - f);
        const p = { ...profile, hoursMax, hoursMin: Math.min(profile.hoursMin, hoursMax) };
        expect(explainSpecs(job, p).blockers).toEqual(['HOURS_TOO_FEW']);
      }),
      RUNS,
    );
  });

  it('HOURS_TOO_MANY: profile min above the job max', () => {
    fc.assert(
      fc.property(feasiblePairArb, fc.integer({ min: 1, max: 40 }), ({ job, profile }, extra) => {
        const hoursMin = job.hoursMax + extra / 4;
        const j = { ...job, schedule: FULL_WEEK };
        const p = { ...profile, hoursMin, hoursMax: Math.max(profile.hoursMax, hoursMin), availability: FULL_WEEK };
        expect(explainSpecs(j, p).blockers).toEqual(['HOURS_TOO_MANY']);
      }),
      RUNS,
    );
  });

  it('NO_SCHEDULE_OVERLAP: available only when the job has no work', () => {
    fc.assert(
      fc.property(feasiblePairArb, ({ job, profile }) => {
        const p = { ...profile, availability: complementWindows(job.schedule) };
        expect(explainSpecs(job, p).blockers).toEqual(['NO_SCHEDULE_OVERLAP']);
      }),
      RUNS,
    );
  });

  it('TOO_FAR: beyond the commute limit, or remote-only, for a job that cannot be remote', () => {
    fc.assert(
      fc.property(feasiblePairArb, pick, fc.boolean(), ({ job, profile }, n, remoteOnly) => {
        const j = { ...job, remotePossible: false };
        const others = [...Array(MUNICIPALITY_COUNT).keys()].filter((m) => m !== job.municipality);
        const municipality = others[n % others.length];
        const km = testGeo.km(job.municipality, municipality);
        const p = remoteOnly ? { ...profile, remoteOnly } : { ...profile, municipality, maxCommuteKm: km / 2 };
        expect(explainSpecs(j, p).blockers).toEqual(['TOO_FAR']);
      }),
      RUNS,
    );
  });
});

describe('monotonicity', () => {
  it('offering one more preferred accommodation never lowers score or rankKey', () => {
    fc.assert(
      fc.property(pairArb, fc.integer({ min: 0, max: 31 }), ({ job, profile }, a) => {
        const p = { ...profile, preferred: [...new Set([...profile.preferred, a])] };
        const without = { ...job, offered: job.offered.filter((x) => x !== a) };
        const withIt = { ...job, offered: [...without.offered, a] };
        const before = explainSpecs(without, p);
        const after = explainSpecs(withIt, p);
        notLower(after, before);
        if (!profile.required.includes(a)) expect(after.blockers).toEqual(before.blockers);
      }),
      RUNS,
    );
  });

  it('more experience in a kept task never lowers score or rankKey (and raises rankKey)', () => {
    fc.assert(
      fc.property(
        pairArb,
        fc.nat(),
        fc.constantFrom(-1, 0, 1),
        fc.integer({ min: 1, max: 3 }),
        ({ job, profile }, n, from, step) => {
          const task = job.tasks[n % job.tasks.length];
          const to = Math.min(2, from + step) as 0 | 1 | 2;
          fc.pre(to > from);
          const others = profile.abilities.filter((a) => a.taskType !== task.taskType);
          const less = {
            ...profile,
            abilities: from < 0 ? others : [...others, { taskType: task.taskType, experience: from as 0 | 1 }],
          };
          const more = { ...profile, abilities: [...others, { taskType: task.taskType, experience: to }] };
          const before = explainSpecs(job, less);
          const after = explainSpecs(job, more);
          notLower(after, before);
          const kept = job.tasks.some((t, i) => t.taskType === task.taskType && !isConflicting(job, less, i));
          if (kept) expect(after.rankKey).toBeGreaterThan(before.rankKey);
        },
      ),
      RUNS,
    );
  });

  it('a nearer municipality never lowers score or rankKey (profile or job side)', () => {
    fc.assert(
      fc.property(
        pairArb,
        fc.integer({ min: 0, max: MUNICIPALITY_COUNT - 1 }),
        fc.integer({ min: 0, max: MUNICIPALITY_COUNT - 1 }),
        ({ job, profile }, m1, m2) => {
          const byDistance = (m: number): number => testGeo.km(job.municipality, m);
          const [near, far] = byDistance(m1) <= byDistance(m2) ? [m1, m2] : [m2, m1];
          notLower(
            explainSpecs(job, { ...profile, municipality: near }),
            explainSpecs(job, { ...profile, municipality: far }),
          );
          const fromProfile = (m: number): number => testGeo.km(m, profile.municipality);
          const [nearJob, farJob] = fromProfile(m1) <= fromProfile(m2) ? [m1, m2] : [m2, m1];
          notLower(
            explainSpecs({ ...job, municipality: nearJob }, profile),
            explainSpecs({ ...job, municipality: farJob }, profile),
          );
        },
      ),
      RUNS,
    );
  });
});

function isConflicting(job: JobSpec, profile: ProfileSpec, i: number): boolean {
  return job.tasks[i].demands.some((d) =>
    profile.restrictions.some((r) => r.demand === d.demand && d.level > r.maxLevel),
  );
}

describe('carve-out ranking', () => {
  it('a profile able to do every task ranks strictly above one that needs a carve-out', () => {
    fc.assert(
      fc.property(
        feasiblePairArb,
        fc.nat(),
        fc.integer({ min: 0, max: 31 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        ({ job, profile }, n, demand, level, tinyShare) => {
          // Task i becomes a modifiable task with `demand` at `level`; essential tasks stay below that level.
          const i = n % job.tasks.length;
          const tasks = job.tasks.map((t, k) => {
            const rest = t.demands.filter((d) => d.demand !== demand);
            if (k === i) {
              return {
                ...t,
                modifiable: true,
                hoursShare: tinyShare ? 1 : t.hoursShare,
                demands: [...rest, { demand, level }],
              };
            }
            const own = t.demands.find((d) => d.demand === demand);
            if (!own || t.modifiable || own.level < level) return t;
            return { ...t, demands: [...rest, { demand, level: level - 1 }] };
          });
          const carvedJob = { ...job, tasks };
          // The able profile: no restriction conflicts with any task at all.
          const able = {
            ...profile,
            restrictions: profile.restrictions.filter((r) => !conflictsWithAny(carvedJob, r)),
          };
          const limited = withRestriction(able, { demand, maxLevel: level - 1 });
          const a = explainSpecs(carvedJob, able);
          const b = explainSpecs(carvedJob, limited);
          expect(a.carveOut).toEqual([]);
          expect(b.carveOut).toContain(i);
          expect(b.blockers).not.toContain('ESSENTIAL_TASK_CONFLICT');
          expect(a.rankKey).toBeGreaterThan(b.rankKey);
          expect(a.score).toBeGreaterThanOrEqual(b.score);
        },
      ),
      RUNS,
    );
  });
});

function conflictsWithAny(job: JobSpec, r: RestrictionSpec): boolean {
  return job.tasks.some((t) => t.demands.some((d) => d.demand === r.demand && d.level > r.maxLevel));
}

interface Ranked {
  row: number;
  id: number;
  e: PairExplanation;
}

function expectedOrder(all: Ranked[], keep: (e: PairExplanation) => boolean, k: number): number[] {
  return all
    .filter((x) => keep(x.e))
    .sort((a, b) => b.e.rankKey - a.e.rankKey || a.id - b.id)
    .slice(0, k)
    .map((x) => x.row);
}

const isNearMiss = (e: PairExplanation): boolean => e.blockers.length === 1;

/** A few jobs and profiles, half the profiles fitted to some job so that feasible pairs are common. */
const tablesArb = fc
  .record({
    jobs: fc.array(jobArb, { minLength: 1, maxLength: 4 }),
    profiles: fc.array(fc.tuple(profileArb, fc.nat(), fc.boolean()), { minLength: 1, maxLength: 25 }),
    idSeed: fc.nat({ max: 3 }),
    topK: fc.integer({ min: 0, max: 30 }),
    nearMissK: fc.integer({ min: 0, max: 30 }),
    subset: fc.option(fc.uniqueArray(fc.nat({ max: 24 }), { maxLength: 25 })),
  })
  .map(({ jobs, profiles, idSeed, ...rest }) => ({
    jobs,
    profiles: profiles.map(([p, n, fit]) => (fit ? makeFeasible(jobs[n % jobs.length], p).profile : p)),
    // Ids are unique, as database keys are, but not in row order, so that ties of rankKey (identical profiles
    // give identical keys) must be broken by id. i·k mod 31 is a permutation for i < 31 and k coprime to 31.
    profileIds: Uint32Array.from(profiles, (_, i) => (i * [1, 7, 13, 29][idSeed]) % 31),
    jobIds: Uint32Array.from(jobs, (_, i) => 100 - i),
    ...rest,
  }));

describe('batch scoring', () => {
  it('agrees with explainPair: same feasibility, keys and order (job → profiles)', () => {
    fc.assert(
      fc.property(tablesArb, (t) => {
        const jobs = JobTable.fromSpecs(t.jobs, t.jobIds);
        const profiles = ProfileTable.fromSpecs(t.profiles, t.profileIds);
        const candidates = t.subset ? Int32Array.from(t.subset.filter((c) => c < profiles.size)) : undefined;
        const rows = candidates ? [...candidates] : [...Array(profiles.size).keys()];
        for (let j = 0; j < jobs.size; j++) {
          const all = rows.map((p) => ({ row: p, id: profiles.ids[p], e: explainPair(jobs, j, profiles, p, testGeo) }));
          const r = scoreJobAgainstProfiles(jobs, j, profiles, testGeo, t, candidates);
          expect(r.scanned).toBe(rows.length);
          expect(r.feasibleCount).toBe(all.filter((x) => x.e.feasible).length);
          expect([...r.feasible]).toEqual(expectedOrder(all, (e) => e.feasible, t.topK));
          expect([...r.feasibleKeys]).toEqual([...r.feasible].map((p) => all.find((x) => x.row === p)?.e.rankKey));
          expect([...r.nearMisses]).toEqual(expectedOrder(all, isNearMiss, t.nearMissK));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with explainPair: same feasibility, keys and order (profile → jobs)', () => {
    fc.assert(
      fc.property(tablesArb, (t) => {
        // Swap roles: many jobs fitted to few profiles.
        const jobs = JobTable.fromSpecs(t.jobs, t.jobIds);
        const profiles = ProfileTable.fromSpecs(t.profiles, t.profileIds);
        for (let p = 0; p < profiles.size; p++) {
          const all = [...Array(jobs.size).keys()].map((j) => ({
            row: j,
            id: jobs.ids[j],
            e: explainPair(jobs, j, profiles, p, testGeo),
          }));
          const r = scoreProfileAgainstJobs(profiles, p, jobs, testGeo, t);
          expect(r.feasibleCount).toBe(all.filter((x) => x.e.feasible).length);
          expect([...r.feasible]).toEqual(expectedOrder(all, (e) => e.feasible, t.topK));
          expect([...r.nearMisses]).toEqual(expectedOrder(all, isNearMiss, t.nearMissK));
          expect([...r.nearMissKeys]).toEqual([...r.nearMisses].map((j) => all[j].e.rankKey));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('earnings guard', () => {
  const withWage = fc.tuple(pairArb, wageArb, earningsLimitArb).map(([{ job, profile }, wage, limit]) => ({
    job: { ...job, hourlyWage: job.hourlyWage ?? wage },
    profile: { ...profile, earningsLimitEur: profile.earningsLimitEur ?? limit },
  }));
  const noLimit = (p: ProfileSpec): ProfileSpec => ({ ...p, earningsLimitEur: null });
  const noWage = (j: JobSpec): JobSpec => ({ ...j, hourlyWage: null });
  const overLimit = (job: JobSpec, limit: number): boolean => (job.hoursMin * (job.hourlyWage ?? 0) * 52) / 12 > limit;

  it('a cap never makes an infeasible pair feasible, and only ever adds EARNINGS_OVER_LIMIT', () => {
    fc.assert(
      fc.property(withWage, ({ job, profile }) => {
        const free = explainSpecs(job, noLimit(profile));
        const capped = explainSpecs(job, profile);
        if (!free.feasible) expect(capped.feasible).toBe(false);
        for (const b of free.blockers) expect(capped.blockers).toContain(b);
        expect(capped.blockers.filter((b) => !free.blockers.includes(b))).toEqual(
          overLimit(job, profile.earningsLimitEur) ? ['EARNINGS_OVER_LIMIT'] : [],
        );
        notLower(free, capped);
      }),
      RUNS,
    );
  });

  it('lowering the cap never raises a score or rankKey, nor removes a blocker', () => {
    fc.assert(
      fc.property(withWage, fc.double({ min: 0, max: 1, noNaN: true }), ({ job, profile }, f) => {
        const high = explainSpecs(job, profile);
        const low = explainSpecs(job, { ...profile, earningsLimitEur: profile.earningsLimitEur * f });
        notLower(high, low);
        expect(low.breakdown.hours).toBeLessThanOrEqual(high.breakdown.hours);
        for (const b of high.blockers) expect(low.blockers).toContain(b);
      }),
      RUNS,
    );
  });

  it('without a wage or without a limit nothing changes, bit for bit', () => {
    fc.assert(
      fc.property(withWage, ({ job, profile }) => {
        const neither = explainSpecs(noWage(job), noLimit(profile));
        expect(explainSpecs(job, noLimit(profile))).toEqual(neither);
        expect(explainSpecs(noWage(job), profile)).toEqual(neither);
        expect(Object.is(explainSpecs(job, noLimit(profile)).rankKey, neither.rankKey)).toBe(true);
      }),
      RUNS,
    );
  });

  it('EARNINGS_OVER_LIMIT appears exactly when min hours × wage × 52 / 12 exceeds the limit', () => {
    fc.assert(
      fc.property(withWage, fc.integer({ min: -2, max: 2 }), ({ job, profile }, nudge) => {
        // Limits right at the edge as well as random ones.
        const edge = (job.hoursMin * job.hourlyWage * 52) / 12 + nudge / 100;
        for (const limit of [profile.earningsLimitEur, Math.max(0, edge)]) {
          const e = explainSpecs(job, { ...profile, earningsLimitEur: limit });
          expect(e.blockers.includes('EARNINGS_OVER_LIMIT')).toBe(overLimit(job, limit));
        }
      }),
      RUNS,
    );
  });

  it('is a near miss on its own: a feasible pair under a lower limit has exactly that blocker', () => {
    fc.assert(
      fc.property(
        feasiblePairArb,
        wageArb,
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        ({ job, profile }, wage, f) => {
          const j = { ...job, hourlyWage: wage };
          const limit = ((j.hoursMin * wage * 52) / 12) * f;
          const e = explainSpecs(j, { ...profile, earningsLimitEur: limit });
          expect(e.blockers).toEqual(['EARNINGS_OVER_LIMIT']);
          expect(e.reasons[0]).toEqual({
            code: 'EARNINGS_OVER_LIMIT',
            params: { jobMin: j.hoursMin, maxHours: Math.floor(((limit * 12) / (wage * 52)) * 4) / 4 },
          });
          const [near] = [
            scoreJobAgainstProfiles(
              JobTable.fromSpecs([j]),
              0,
              ProfileTable.fromSpecs([{ ...profile, earningsLimitEur: limit }]),
              testGeo,
              { topK: 1, nearMissK: 1 },
            ),
          ];
          expect([...near.nearMisses]).toEqual([0]);
        },
      ),
      RUNS,
    );
  });
});
