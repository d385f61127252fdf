import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { explainPair } from './explain';
import { encodeJobFeatures, encodeProfileFeatures, FEATURE_FORMAT_VERSION } from './features';
import { jobArb, profileArb, testGeo } from './testing/arbitraries';
import { exampleJob, exampleProfile } from './testing/examples';
import { JobTable, ProfileTable } from './tables';

function sameColumns(a: object, b: object): void {
  for (const [key, value] of Object.entries(a)) {
    expect([key, (b as Record<string, unknown>)[key]]).toEqual([key, value]);
  }
}

describe('feature encoding', () => {
  it('starts with the format version byte', () => {
    expect(encodeJobFeatures(exampleJob())[0]).toBe(FEATURE_FORMAT_VERSION);
    expect(encodeProfileFeatures(exampleProfile())[0]).toBe(FEATURE_FORMAT_VERSION);
  });

  it('is compact', () => {
    // Job: 29 fixed bytes, 5 schedule words, 2 tasks of 4 (+8 with a share) bytes.
    expect(encodeJobFeatures(exampleJob()).length).toBe(29 + 20 + 12 + 4);
    // Profile: 36 fixed bytes with the commute limit, mask + 10 schedule words, 2 one-entry lists.
    expect(encodeProfileFeatures(exampleProfile()).length).toBe(36 + 4 + 40 + 1 + 2);
  });

  it('decodes to the same columns as fromSpecs (job)', () => {
    fc.assert(
      fc.property(fc.array(jobArb, { maxLength: 6 }), (specs) => {
        const ids = Uint32Array.from(specs, (_, i) => 1000 + i);
        const direct = JobTable.fromSpecs(specs, ids);
        const decoded = JobTable.fromFeatures(
          specs.map(encodeJobFeatures),
          ids,
          Float64Array.from(specs, (s) => s.hourlyWage ?? NaN),
        );
        sameColumns(direct, decoded);
      }),
      { numRuns: 200 },
    );
  });

  it('decodes to the same columns as fromSpecs (profile)', () => {
    fc.assert(
      fc.property(fc.array(profileArb, { maxLength: 6 }), (specs) => {
        const ids = Uint32Array.from(specs, (_, i) => 7 * i);
        const direct = ProfileTable.fromSpecs(specs, ids);
        const decoded = ProfileTable.fromFeatures(
          specs.map(encodeProfileFeatures),
          ids,
          Float64Array.from(specs, (s) => s.earningsLimitEur ?? NaN),
        );
        sameColumns(direct, decoded);
      }),
      { numRuns: 200 },
    );
  });

  it('gives identical scores through fromSpecs and fromFeatures', () => {
    fc.assert(
      fc.property(jobArb, profileArb, (job, profile) => {
        const ids = Uint32Array.of(1);
        const a = explainPair(JobTable.fromSpecs([job]), 0, ProfileTable.fromSpecs([profile]), 0, testGeo);
        const b = explainPair(
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
        expect(Object.is(a.rankKey, b.rankKey)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reads buffers that are views into a larger buffer (Node Buffers from pg)', () => {
    const bytes = encodeProfileFeatures(exampleProfile());
    const pool = Buffer.alloc(bytes.length + 13);
    pool.set(bytes, 13);
    const view = pool.subarray(13);
    const table = ProfileTable.fromFeatures([view], Uint32Array.of(5));
    sameColumns(ProfileTable.fromSpecs([exampleProfile()], Uint32Array.of(5)), table);
  });

  it('rejects unknown versions, truncated and overlong buffers', () => {
    const job = encodeJobFeatures(exampleJob());
    const wrong = job.slice();
    wrong[0] = 99;
    const ids = Uint32Array.of(1);
    expect(() => JobTable.fromFeatures([wrong], ids)).toThrow(/version 99/);
    expect(() => JobTable.fromFeatures([job.subarray(0, job.length - 1)], ids)).toThrow(/truncated/);
    expect(() => JobTable.fromFeatures([Uint8Array.of(...job, 0)], ids)).toThrow(/trailing/);
    const profile = encodeProfileFeatures(exampleProfile());
    expect(() => ProfileTable.fromFeatures([profile.subarray(0, 10)], ids)).toThrow(/truncated/);
    expect(() => ProfileTable.fromFeatures([profile], Uint32Array.of())).toThrow(RangeError);
  });

  it('rejects out-of-range levels in stored bytes', () => {
    const ids = Uint32Array.of(1);
    const profile = encodeProfileFeatures(
      exampleProfile({ restrictions: [{ demand: 3, maxLevel: 2 }], abilities: [] }),
    );
    // The restriction byte is second to last (then the ability count 0): demand 3, maxLevel 2 << 5.
    expect(profile[profile.length - 2]).toBe(3 | (2 << 5));
    const badLimit = profile.slice();
    badLimit[badLimit.length - 2] = 3 | (5 << 5);
    expect(() => ProfileTable.fromFeatures([badLimit], ids)).toThrow(/maxLevel 5/);
    const job = encodeJobFeatures(
      exampleJob({ tasks: [{ taskType: 1, modifiable: true, hoursShare: null, demands: [{ demand: 2, level: 4 }] }] }),
    );
    expect(job[job.length - 1]).toBe(2 | (4 << 5));
    const badLevel = job.slice();
    badLevel[badLevel.length - 1] = 2 | (7 << 5);
    expect(() => JobTable.fromFeatures([badLevel], ids)).toThrow(/demand level 7/);
  });

  it('rejects specs it cannot represent', () => {
    expect(() => encodeJobFeatures(exampleJob({ tasks: [] }))).toThrow(RangeError);
    expect(() => encodeJobFeatures(exampleJob({ offered: [32] }))).toThrow(/accommodation/);
    expect(() => encodeJobFeatures(exampleJob({ schedule: [{ day: 0, startMin: 10, endMin: 60 }] }))).toThrow(/window/);
    expect(() => encodeProfileFeatures(exampleProfile({ hoursMin: 5, hoursMax: 4 }))).toThrow(/hours/);
    expect(() => encodeProfileFeatures(exampleProfile({ restrictions: [{ demand: 1, maxLevel: 5 }] }))).toThrow(
      /maxLevel/,
    );
    expect(() => JobTable.fromSpecs([exampleJob({ municipality: -1 })])).toThrow(/municipality/);
  });
});
