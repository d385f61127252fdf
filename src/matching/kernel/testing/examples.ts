import type { PairExplanation } from '../explain';
import { explainPair } from '../explain';
import type { JobSpec, ProfileSpec } from '../specs';
import { JobTable, ProfileTable } from '../tables';
import { testGeo } from './arbitraries';

/** Task types, demands and accommodations by ordinal, as named in the example-based tests. */
export const DISHWASHING = 0;
export const CLEANING = 1;
export const PACKAGING = 2;
export const LIFTING = 23;
export const STANDING = 22;
export const FINE_HAND_USE = 24;
export const QUIET_SPACE = 19;
export const WRITTEN_INSTRUCTIONS = 15;
export const FLEX_START = 0;
export const INSTRUCTOR = 11;
export const HELSINKI = 0;
export const ESPOO = 1;
export const TAMPERE = 3;

/** A dishwashing job in Helsinki, MON–FRI 08:00–12:00, 10–20 h a week. */
export function exampleJob(overrides: Partial<JobSpec> = {}): JobSpec {
  return {
    offered: [QUIET_SPACE, WRITTEN_INSTRUCTIONS],
    hoursMin: 10,
    hoursMax: 20,
    schedule: [0, 1, 2, 3, 4].map((day) => ({ day, startMin: 480, endMin: 720 })),
    municipality: HELSINKI,
    remotePossible: false,
    tasks: [
      { taskType: DISHWASHING, modifiable: false, hoursShare: 60, demands: [{ demand: STANDING, level: 2 }] },
      { taskType: CLEANING, modifiable: true, hoursShare: null, demands: [{ demand: LIFTING, level: 3 }] },
    ],
    ...overrides,
  };
}

/** A person in Helsinki who can do exampleJob as it is. */
export function exampleProfile(overrides: Partial<ProfileSpec> = {}): ProfileSpec {
  return {
    required: [QUIET_SPACE],
    preferred: [WRITTEN_INSTRUCTIONS],
    restrictions: [],
    abilities: [{ taskType: DISHWASHING, experience: 2 }],
    hoursMin: 8,
    hoursMax: 16,
    availability: [0, 1, 2, 3, 4].map((day) => ({ day, startMin: 420, endMin: 900 })),
    municipality: HELSINKI,
    maxCommuteKm: 20,
    remoteOnly: false,
    ...overrides,
  };
}

/** explainPair on one-row tables built from the specs, against the test Geo. */
export function explainSpecs(job: JobSpec, profile: ProfileSpec): PairExplanation {
  return explainPair(JobTable.fromSpecs([job]), 0, ProfileTable.fromSpecs([profile]), 0, testGeo);
}
