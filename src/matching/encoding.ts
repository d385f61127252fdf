import type { Weekday } from '../common/enums';
import { toMinutes } from '../common/schedule/time-window';
import { encodeJobFeatures, encodeProfileFeatures, type JobSpec, type ProfileSpec } from './kernel';
import { maskOf } from './kernel/bits';

/** Stored shapes of the JSON columns of job, job_task and capacity_profile. */
export interface StoredWindow {
  day: Weekday;
  start: string;
  end: string;
}
export interface StoredDemandLevel {
  demandCode: string;
  level: number;
}
export interface StoredTask {
  taskTypeCode: string;
  modifiable: boolean;
  hoursShare: number | null;
  demands: StoredDemandLevel[];
}
export interface StoredAbility {
  taskTypeCode: string;
  experience: number;
}
export interface StoredRestriction {
  demandCode: string;
  maxLevel: number;
}
export interface StoredNeed {
  accommodationCode: string;
  necessity: 'REQUIRED' | 'PREFERRED';
}

export interface JobRecord {
  accommodationCodes: readonly string[];
  hoursMin: number;
  hoursMax: number;
  schedule: readonly StoredWindow[];
  municipalityCode: string;
  remotePossible: boolean;
  tasks: readonly StoredTask[];
}

export interface ProfileRecord {
  accommodationNeeds: readonly StoredNeed[];
  restrictions: readonly StoredRestriction[];
  abilities: readonly StoredAbility[];
  hoursMin: number;
  hoursMax: number;
  availability: readonly StoredWindow[];
  municipalityCode: string;
  maxCommuteKm: number | null;
  remoteOnly: boolean;
}

/** Taxonomy codes to the kernel's ordinals. Input validation has already made sure every code is known. */
export interface OrdinalLookup {
  accommodation(code: string): { ordinal: number } | undefined;
  demand(code: string): { ordinal: number } | undefined;
  taskType(code: string): { ordinal: number } | undefined;
  municipality(code: string): { ordinal: number } | undefined;
}

function ordinal(item: { ordinal: number } | undefined, what: string, code: string): number {
  if (!item) throw new Error(`unknown ${what} code ${code}`);
  return item.ordinal;
}

export function jobSpecOf(job: JobRecord, taxonomy: OrdinalLookup): JobSpec {
  return {
    offered: job.accommodationCodes.map((c) => ordinal(taxonomy.accommodation(c), 'accommodation', c)),
    hoursMin: job.hoursMin,
    hoursMax: job.hoursMax,
    schedule: job.schedule.map(toMinutes),
    municipality: ordinal(taxonomy.municipality(job.municipalityCode), 'municipality', job.municipalityCode),
    remotePossible: job.remotePossible,
    tasks: job.tasks.map((t) => ({
      taskType: ordinal(taxonomy.taskType(t.taskTypeCode), 'task type', t.taskTypeCode),
      modifiable: t.modifiable,
      hoursShare: t.hoursShare,
      demands: t.demands.map((d) => ({
        demand: ordinal(taxonomy.demand(d.demandCode), 'demand', d.demandCode),
        level: d.level,
      })),
    })),
  };
}

export function profileSpecOf(profile: ProfileRecord, taxonomy: OrdinalLookup): ProfileSpec {
  const needs = (necessity: StoredNeed['necessity']): number[] =>
    profile.accommodationNeeds
      .filter((n) => n.necessity === necessity)
      .map((n) => ordinal(taxonomy.accommodation(n.accommodationCode), 'accommodation', n.accommodationCode));
  return {
    required: needs('REQUIRED'),
    preferred: needs('PREFERRED'),
    restrictions: profile.restrictions.map((r) => ({
      demand: ordinal(taxonomy.demand(r.demandCode), 'demand', r.demandCode),
      maxLevel: r.maxLevel,
    })),
    abilities: profile.abilities.map((a) => ({
      taskType: ordinal(taxonomy.taskType(a.taskTypeCode), 'task type', a.taskTypeCode),
      experience: a.experience as 0 | 1 | 2,
    })),
    hoursMin: profile.hoursMin,
    hoursMax: profile.hoursMax,
    availability: profile.availability.map(toMinutes),
    municipality: ordinal(taxonomy.municipality(profile.municipalityCode), 'municipality', profile.municipalityCode),
    maxCommuteKm: profile.maxCommuteKm,
    remoteOnly: profile.remoteOnly,
  };
}

/** The columns a job row carries for the pre-filter and the kernel. */
export function jobMatchingColumns(job: JobRecord, taxonomy: OrdinalLookup): { offeredMask: number; features: Buffer } {
  const spec = jobSpecOf(job, taxonomy);
  return { offeredMask: signedMaskOf(spec.offered), features: Buffer.from(encodeJobFeatures(spec)) };
}

/** The columns a profile row carries for the pre-filter and the kernel. */
export function profileMatchingColumns(
  profile: ProfileRecord,
  taxonomy: OrdinalLookup,
): { requiredMask: number; features: Buffer } {
  const spec = profileSpecOf(profile, taxonomy);
  return { requiredMask: signedMaskOf(spec.required), features: Buffer.from(encodeProfileFeatures(spec)) };
}

/** A set of ordinals below 32 as a signed 32-bit integer, the form Postgres `integer` columns hold. */
function signedMaskOf(ordinals: readonly number[]): number {
  return maskOf(ordinals) | 0;
}
