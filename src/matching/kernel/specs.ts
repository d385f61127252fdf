/**
 * Plain-object inputs of the kernel. Taxonomy items are ordinals (small stable integers that double as bit
 * positions), weekdays MON=0..SUN=6, times in minutes from midnight on 15-minute steps.
 */

export interface WindowSpec {
  day: number;
  startMin: number;
  endMin: number;
}

export interface DemandLevelSpec {
  demand: number;
  /** ICF qualifier 0..4 */
  level: number;
}

export interface TaskSpec {
  taskType: number;
  modifiable: boolean;
  /** share of the working time in percent, when the employer gives it */
  hoursShare: number | null;
  demands: DemandLevelSpec[];
}

export interface JobSpec {
  offered: number[];
  hoursMin: number;
  hoursMax: number;
  schedule: WindowSpec[];
  municipality: number;
  remotePossible: boolean;
  tasks: TaskSpec[];
  /** euros an hour, when the employer gives it: with a profile's earnings limit it caps the hours */
  hourlyWage?: number | null;
}

export interface RestrictionSpec {
  demand: number;
  maxLevel: number;
}

export interface AbilitySpec {
  taskType: number;
  experience: 0 | 1 | 2;
}

export interface ProfileSpec {
  required: number[];
  preferred: number[];
  restrictions: RestrictionSpec[];
  abilities: AbilitySpec[];
  hoursMin: number;
  hoursMax: number;
  availability: WindowSpec[];
  municipality: number;
  maxCommuteKm: number | null;
  remoteOnly: boolean;
  /** the most the person may earn a month (euros) without losing or cutting a benefit; null or absent: no limit */
  earningsLimitEur?: number | null;
}

export const MAX_ACCOMMODATIONS = 32;
export const MAX_DEMANDS = 32;
export const MAX_TASK_TYPES = 64;
export const MAX_LEVEL = 4;
export const MAX_TASKS = 20;
export const MAX_MUNICIPALITIES = 65536;
export const QUARTERS_PER_DAY = 96;
/** 7 days × 96 quarter-hours = 672 bits */
export const SCHEDULE_WORDS = 21;

function fail(what: string, value: unknown): never {
  throw new RangeError(`invalid ${what}: ${String(value)}`);
}

function checkOrdinal(what: string, value: number, limit: number): void {
  if (!Number.isInteger(value) || value < 0 || value >= limit) fail(what, value);
}

function checkHours(what: string, min: number, max: number): void {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min < 0 || max < min) fail(what, `${min}..${max}`);
}

function checkWindows(what: string, windows: readonly WindowSpec[]): void {
  for (const w of windows) {
    const ok =
      Number.isInteger(w.day) &&
      w.day >= 0 &&
      w.day < 7 &&
      Number.isInteger(w.startMin) &&
      Number.isInteger(w.endMin) &&
      w.startMin % 15 === 0 &&
      w.endMin % 15 === 0 &&
      w.startMin >= 0 &&
      w.startMin < w.endMin &&
      w.endMin <= 1440;
    if (!ok) fail(what, JSON.stringify(w));
  }
}

/** Throws a RangeError naming the first field that the encoders cannot represent. */
export function validateJobSpec(spec: JobSpec): void {
  for (const a of spec.offered) checkOrdinal('accommodation ordinal', a, MAX_ACCOMMODATIONS);
  checkHours('job hours', spec.hoursMin, spec.hoursMax);
  checkWindows('job schedule window', spec.schedule);
  checkOrdinal('municipality ordinal', spec.municipality, MAX_MUNICIPALITIES);
  const wage = spec.hourlyWage ?? null;
  if (wage !== null && !(Number.isFinite(wage) && wage > 0)) fail('hourlyWage', wage);
  if (spec.tasks.length < 1 || spec.tasks.length > MAX_TASKS) fail('task count', spec.tasks.length);
  for (const t of spec.tasks) {
    checkOrdinal('task type ordinal', t.taskType, MAX_TASK_TYPES);
    if (t.hoursShare !== null && !(Number.isFinite(t.hoursShare) && t.hoursShare >= 0)) {
      fail('hoursShare', t.hoursShare);
    }
    if (t.demands.length > MAX_DEMANDS) fail('demand count', t.demands.length);
    for (const d of t.demands) {
      checkOrdinal('demand ordinal', d.demand, MAX_DEMANDS);
      checkOrdinal('demand level', d.level, MAX_LEVEL + 1);
    }
  }
}

/** Throws a RangeError naming the first field that the encoders cannot represent. */
export function validateProfileSpec(spec: ProfileSpec): void {
  for (const a of spec.required) checkOrdinal('accommodation ordinal', a, MAX_ACCOMMODATIONS);
  for (const a of spec.preferred) checkOrdinal('accommodation ordinal', a, MAX_ACCOMMODATIONS);
  if (spec.restrictions.length > MAX_DEMANDS) fail('restriction count', spec.restrictions.length);
  for (const r of spec.restrictions) {
    checkOrdinal('demand ordinal', r.demand, MAX_DEMANDS);
    checkOrdinal('maxLevel', r.maxLevel, MAX_LEVEL + 1);
  }
  if (spec.abilities.length > MAX_TASK_TYPES) fail('ability count', spec.abilities.length);
  for (const a of spec.abilities) {
    checkOrdinal('task type ordinal', a.taskType, MAX_TASK_TYPES);
    checkOrdinal('experience', a.experience, 3);
  }
  checkHours('profile hours', spec.hoursMin, spec.hoursMax);
  checkWindows('availability window', spec.availability);
  checkOrdinal('municipality ordinal', spec.municipality, MAX_MUNICIPALITIES);
  if (spec.maxCommuteKm !== null && !(Number.isFinite(spec.maxCommuteKm) && spec.maxCommuteKm >= 0)) {
    fail('maxCommuteKm', spec.maxCommuteKm);
  }
  const limit = spec.earningsLimitEur ?? null;
  if (limit !== null && !(Number.isFinite(limit) && limit >= 0)) fail('earningsLimitEur', limit);
}
