import {
  fillAbilityMasks,
  fillDemandMasks,
  fillLimitMasks,
  fillSchedule,
  maskOf,
  popcount32,
  taskWeights,
} from './bits';
import { FeatureReader, peekJobSizes } from './features';
import { EXPERIENCE_FACTOR } from './score';
import type { JobSpec, ProfileSpec } from './specs';
import { MAX_DEMANDS, MAX_LEVEL, SCHEDULE_WORDS, validateJobSpec, validateProfileSpec } from './specs';

/** Experience levels of a task for a profile: listed + (experience >= 1) + (experience = 2). */
const EXPERIENCE_LEVELS = 4;

function defaultIds(n: number): Uint32Array {
  const ids = new Uint32Array(n);
  for (let i = 0; i < n; i++) ids[i] = i;
  return ids;
}

function checkIds(ids: Uint32Array, n: number): Uint32Array {
  if (ids.length !== n) throw new RangeError(`expected ${n} ids, got ${ids.length}`);
  return ids;
}

/**
 * Jobs as struct-of-arrays columns, built once and scored many times. Row j's tasks are rows
 * taskStart[j]..taskStart[j+1] of the task columns; its schedule is the non-zero words
 * scheduleStart[j]..scheduleStart[j+1] (word index, bits), so a pair touches only words the job uses.
 */
export class JobTable {
  readonly size: number;
  /** integer key per row (a database sequence number), used only to break ties deterministically */
  readonly ids: Uint32Array;
  readonly offered: Uint32Array;
  readonly hoursMin: Float64Array;
  readonly hoursMax: Float64Array;
  readonly municipality: Uint16Array;
  readonly remotePossible: Uint8Array;
  readonly taskStart: Int32Array;
  readonly taskType: Uint8Array;
  readonly taskModifiable: Uint8Array;
  /**
   * 4 per task: its weight (the job's weights sum to 1, see taskWeights) times the experience factor of each level
   * 0..3 (EXPERIENCE_FACTOR), the product the task score adds for a kept task.
   */
  readonly taskValue: Float64Array;
  /** 4 words per task: T_k = { demand d : level(d) >= k }, k = 1..4 */
  readonly taskDemands: Uint32Array;
  /** 4 words per job: union of its tasks' T_k, to skip the per-task check when nothing can conflict */
  readonly demandUnion: Uint32Array;
  /**
   * 4 × 32 words per job: for level k and demand d, the job's tasks (bit i = its i-th task) with d in T_k. A pair
   * finds its conflicting tasks from the few demands both sides name, instead of checking every task.
   */
  readonly demandTasks: Uint32Array;
  /** per job, its tasks that cannot be left out (bit i = its i-th task) */
  readonly fixedTasks: Uint32Array;
  readonly scheduleStart: Int32Array;
  readonly scheduleWord: Uint8Array;
  readonly scheduleBits: Uint32Array;
  /**
   * Euros an hour, 0 when the job gives no wage. Not in the stored features (the worker reads it from its own
   * column beside them, see fromFeatures), so that a wage needs no re-encoding.
   */
  readonly hourlyWage: Float64Array;
  /** highest municipality ordinal in the table (-1 when empty), checked against the Geo before scoring */
  maxMunicipality = -1;

  private constructor(size: number, tasks: number, words: number, ids: Uint32Array) {
    this.size = size;
    this.ids = ids;
    this.offered = new Uint32Array(size);
    this.hoursMin = new Float64Array(size);
    this.hoursMax = new Float64Array(size);
    this.municipality = new Uint16Array(size);
    this.remotePossible = new Uint8Array(size);
    this.taskStart = new Int32Array(size + 1);
    this.taskType = new Uint8Array(tasks);
    this.taskModifiable = new Uint8Array(tasks);
    this.taskValue = new Float64Array(tasks * EXPERIENCE_LEVELS);
    this.taskDemands = new Uint32Array(tasks * MAX_LEVEL);
    this.demandUnion = new Uint32Array(size * MAX_LEVEL);
    this.demandTasks = new Uint32Array(size * MAX_LEVEL * MAX_DEMANDS);
    this.fixedTasks = new Uint32Array(size);
    this.scheduleStart = new Int32Array(size + 1);
    this.scheduleWord = new Uint8Array(words);
    this.scheduleBits = new Uint32Array(words);
    this.hourlyWage = new Float64Array(size);
  }

  static fromSpecs(specs: readonly JobSpec[], ids?: Uint32Array): JobTable {
    const n = specs.length;
    const bitmaps = new Uint32Array(n * SCHEDULE_WORDS);
    let tasks = 0;
    let words = 0;
    for (let j = 0; j < n; j++) {
      validateJobSpec(specs[j]);
      tasks += specs[j].tasks.length;
      fillSchedule(specs[j].schedule, bitmaps, j * SCHEDULE_WORDS);
      for (let w = 0; w < SCHEDULE_WORDS; w++) if (bitmaps[j * SCHEDULE_WORDS + w] !== 0) words++;
    }
    const table = new JobTable(n, tasks, words, ids ? checkIds(ids, n) : defaultIds(n));
    let t = 0;
    let k = 0;
    for (let j = 0; j < n; j++) {
      const spec = specs[j];
      table.offered[j] = maskOf(spec.offered);
      table.setHeader(j, spec.hoursMin, spec.hoursMax, spec.municipality, spec.remotePossible);
      table.hourlyWage[j] = spec.hourlyWage ?? 0;
      table.taskStart[j] = t;
      const weights = taskWeights(spec.tasks);
      for (let i = 0; i < spec.tasks.length; i++, t++) {
        const task = spec.tasks[i];
        table.taskType[t] = task.taskType;
        table.taskModifiable[t] = task.modifiable ? 1 : 0;
        table.setWeight(t, weights[i]);
        fillDemandMasks(task.demands, table.taskDemands, t * MAX_LEVEL);
        table.addToIndexes(j, t);
      }
      table.scheduleStart[j] = k;
      for (let w = 0; w < SCHEDULE_WORDS; w++) {
        const bits = bitmaps[j * SCHEDULE_WORDS + w];
        if (bits === 0) continue;
        table.scheduleWord[k] = w;
        table.scheduleBits[k] = bits;
        k++;
      }
    }
    table.taskStart[n] = t;
    table.scheduleStart[n] = k;
    return table;
  }

  /**
   * Decodes a batch of encodeJobFeatures buffers (any Uint8Array, Node Buffers included). `hourlyWages`, one per
   * row (NaN or 0 for none), comes from the job's own column; without it no job has a wage.
   */
  static fromFeatures(buffers: readonly Uint8Array[], ids: Uint32Array, hourlyWages?: Float64Array): JobTable {
    const n = buffers.length;
    let tasks = 0;
    let words = 0;
    for (let j = 0; j < n; j++) {
      const sizes = peekJobSizes(buffers[j], j);
      tasks += sizes.tasks;
      words += popcount32(sizes.scheduleMask);
    }
    const table = new JobTable(n, tasks, words, checkIds(ids, n));
    if (hourlyWages) {
      if (hourlyWages.length !== n) throw new RangeError(`expected ${n} wages, got ${hourlyWages.length}`);
      for (let j = 0; j < n; j++) {
        const wage = hourlyWages[j];
        if (wage > 0 && Number.isFinite(wage)) table.hourlyWage[j] = wage;
      }
    }
    const r = new FeatureReader();
    const shares: { hoursShare: number | null }[] = [];
    let t = 0;
    let k = 0;
    for (let j = 0; j < n; j++) {
      r.reset(buffers[j], j);
      const flags = r.u8();
      const taskCount = r.u8();
      const municipality = r.u16();
      table.offered[j] = r.u32();
      const hoursMin = r.f64();
      const hoursMax = r.f64();
      table.setHeader(j, hoursMin, hoursMax, municipality, (flags & 1) !== 0);
      table.scheduleStart[j] = k;
      const mask = r.u32();
      for (let w = 0; w < SCHEDULE_WORDS; w++) {
        if (((mask >>> w) & 1) === 0) continue;
        table.scheduleWord[k] = w;
        table.scheduleBits[k] = r.u32();
        k++;
      }
      table.taskStart[j] = t;
      shares.length = 0;
      for (let i = 0; i < taskCount; i++, t++) {
        table.taskType[t] = r.u8();
        const taskFlags = r.u8();
        table.taskModifiable[t] = taskFlags & 1;
        shares.push({ hoursShare: (taskFlags & 2) !== 0 ? r.f64() : null });
        const count = r.u8();
        for (let e = 0; e < count; e++) {
          const b = r.u8();
          const level = b >>> 5;
          if (level > MAX_LEVEL) r.fail(`demand level ${level}`);
          for (let lv = 0; lv < level; lv++) table.taskDemands[t * MAX_LEVEL + lv] |= 1 << (b & 31);
        }
        table.addToIndexes(j, t);
      }
      r.end();
      const weights = taskWeights(shares);
      for (let i = 0; i < taskCount; i++) table.setWeight(table.taskStart[j] + i, weights[i]);
    }
    table.taskStart[n] = t;
    table.scheduleStart[n] = k;
    return table;
  }

  private setHeader(j: number, hoursMin: number, hoursMax: number, municipality: number, remote: boolean): void {
    this.hoursMin[j] = hoursMin;
    this.hoursMax[j] = hoursMax;
    this.municipality[j] = municipality;
    this.maxMunicipality = Math.max(this.maxMunicipality, municipality);
    this.remotePossible[j] = remote ? 1 : 0;
  }

  private setWeight(t: number, weight: number): void {
    for (let level = 0; level < EXPERIENCE_LEVELS; level++) {
      this.taskValue[t * EXPERIENCE_LEVELS + level] = weight * EXPERIENCE_FACTOR[level];
    }
  }

  /** Adds task row t, the job's latest (its modifiable flag and demands set), to the job's union and indexes. */
  private addToIndexes(j: number, t: number): void {
    const bit = 1 << (t - this.taskStart[j]);
    if (this.taskModifiable[t] === 0) this.fixedTasks[j] |= bit;
    for (let k = 0; k < MAX_LEVEL; k++) {
      const demands = this.taskDemands[t * MAX_LEVEL + k];
      this.demandUnion[j * MAX_LEVEL + k] |= demands;
      const base = (j * MAX_LEVEL + k) * MAX_DEMANDS;
      for (let d = 0; d < MAX_DEMANDS; d++) if (((demands >>> d) & 1) !== 0) this.demandTasks[base + d] |= bit;
    }
  }
}

/** Capacity profiles as struct-of-arrays columns, built once and scored many times. */
export class ProfileTable {
  readonly size: number;
  /** integer key per row (a database sequence number), used only to break ties deterministically */
  readonly ids: Uint32Array;
  readonly required: Uint32Array;
  /** preferred accommodations that are not also required */
  readonly preferred: Uint32Array;
  /** popcount(required | preferred) */
  readonly needCount: Uint8Array;
  /** 4 words per profile: P_k = { demand d : maxLevel(d) < k }, k = 1..4 */
  readonly limits: Uint32Array;
  /** 6 words per profile: listed, experience >= 1, experience = 2; each two words (task types 0..31, 32..63) */
  readonly abilities: Uint32Array;
  /**
   * 4 words per profile: for each task type, 2 bits (word type >>> 4, shift 2 × (type & 15)) holding the
   * experience level the task score uses: listed + (experience >= 1) + (experience = 2), 0..3.
   */
  readonly levels: Uint32Array;
  readonly hoursMin: Float64Array;
  readonly hoursMax: Float64Array;
  /** 21 words per profile: the 672-bit weekly availability */
  readonly availability: Uint32Array;
  readonly municipality: Uint16Array;
  /** Infinity when the profile states no limit */
  readonly maxCommuteKm: Float64Array;
  readonly remoteOnly: Uint8Array;
  /**
   * Euros a month the person may earn without losing or cutting a benefit; Infinity when no limit. Like the job's
   * wage, kept beside the stored features (fromFeatures), since it follows the rules of the day.
   */
  readonly earningsLimit: Float64Array;
  /** highest municipality ordinal in the table (-1 when empty), checked against the Geo before scoring */
  maxMunicipality = -1;

  private constructor(size: number, ids: Uint32Array) {
    this.size = size;
    this.ids = ids;
    this.required = new Uint32Array(size);
    this.preferred = new Uint32Array(size);
    this.needCount = new Uint8Array(size);
    this.limits = new Uint32Array(size * MAX_LEVEL);
    this.abilities = new Uint32Array(size * 6);
    this.levels = new Uint32Array(size * 4);
    this.hoursMin = new Float64Array(size);
    this.hoursMax = new Float64Array(size);
    this.availability = new Uint32Array(size * SCHEDULE_WORDS);
    this.municipality = new Uint16Array(size);
    this.maxCommuteKm = new Float64Array(size);
    this.remoteOnly = new Uint8Array(size);
    this.earningsLimit = new Float64Array(size).fill(Infinity);
  }

  static fromSpecs(specs: readonly ProfileSpec[], ids?: Uint32Array): ProfileTable {
    const n = specs.length;
    const table = new ProfileTable(n, ids ? checkIds(ids, n) : defaultIds(n));
    for (let p = 0; p < n; p++) {
      const spec = specs[p];
      validateProfileSpec(spec);
      table.setAccommodations(p, maskOf(spec.required), maskOf(spec.preferred));
      fillLimitMasks(spec.restrictions, table.limits, p * MAX_LEVEL);
      fillAbilityMasks(spec.abilities, table.abilities, p * 6);
      for (const { taskType, experience } of spec.abilities) table.raiseLevel(p, taskType, experience);
      table.hoursMin[p] = spec.hoursMin;
      table.hoursMax[p] = spec.hoursMax;
      fillSchedule(spec.availability, table.availability, p * SCHEDULE_WORDS);
      table.municipality[p] = spec.municipality;
      table.maxMunicipality = Math.max(table.maxMunicipality, spec.municipality);
      table.maxCommuteKm[p] = spec.maxCommuteKm ?? Infinity;
      table.remoteOnly[p] = spec.remoteOnly ? 1 : 0;
      table.earningsLimit[p] = spec.earningsLimitEur ?? Infinity;
    }
    return table;
  }

  /**
   * Decodes a batch of encodeProfileFeatures buffers (any Uint8Array, Node Buffers included). `earningsLimits`,
   * one per row (NaN for none), comes from the profile's own column; without it no profile has a limit.
   */
  static fromFeatures(buffers: readonly Uint8Array[], ids: Uint32Array, earningsLimits?: Float64Array): ProfileTable {
    const n = buffers.length;
    const table = new ProfileTable(n, checkIds(ids, n));
    if (earningsLimits) {
      if (earningsLimits.length !== n) throw new RangeError(`expected ${n} limits, got ${earningsLimits.length}`);
      for (let p = 0; p < n; p++) {
        const limit = earningsLimits[p];
        if (limit >= 0) table.earningsLimit[p] = limit;
      }
    }
    const r = new FeatureReader();
    for (let p = 0; p < n; p++) {
      r.reset(buffers[p], p);
      const flags = r.u8();
      table.municipality[p] = r.u16();
      table.maxMunicipality = Math.max(table.maxMunicipality, table.municipality[p]);
      const required = r.u32();
      table.setAccommodations(p, required, r.u32());
      table.hoursMin[p] = r.f64();
      table.hoursMax[p] = r.f64();
      table.maxCommuteKm[p] = (flags & 2) !== 0 ? r.f64() : Infinity;
      table.remoteOnly[p] = flags & 1;
      const mask = r.u32();
      for (let w = 0; w < SCHEDULE_WORDS; w++) {
        if ((mask >>> w) & 1) table.availability[p * SCHEDULE_WORDS + w] = r.u32();
      }
      const restrictionCount = r.u8();
      for (let i = 0; i < restrictionCount; i++) {
        const b = r.u8();
        const maxLevel = b >>> 5;
        if (maxLevel > MAX_LEVEL) r.fail(`maxLevel ${maxLevel}`);
        for (let k = maxLevel; k < MAX_LEVEL; k++) table.limits[p * MAX_LEVEL + k] |= 1 << (b & 31);
      }
      const abilityCount = r.u8();
      for (let i = 0; i < abilityCount; i++) {
        const b = r.u8();
        const experience = b >>> 6;
        if (experience > 2) r.fail(`experience ${experience}`);
        const word = p * 6 + ((b & 63) >>> 5);
        const bit = 1 << (b & 31);
        table.abilities[word] |= bit;
        if (experience >= 1) table.abilities[word + 2] |= bit;
        if (experience >= 2) table.abilities[word + 4] |= bit;
        table.raiseLevel(p, b & 63, experience);
      }
      r.end();
    }
    return table;
  }

  /**
   * Records an ability in `levels`: a listed type's level is 1 + its experience, the highest when a type is listed
   * twice, as in the `abilities` masks (listed, experience >= 1, experience = 2), which nest.
   */
  private raiseLevel(p: number, type: number, experience: number): void {
    const w = p * 4 + (type >>> 4);
    const shift = (type & 15) << 1;
    const level = 1 + experience;
    if (level > ((this.levels[w] >>> shift) & 3)) this.levels[w] = (this.levels[w] & ~(3 << shift)) | (level << shift);
  }

  private setAccommodations(p: number, required: number, preferred: number): void {
    this.required[p] = required;
    this.preferred[p] = preferred & ~required;
    this.needCount[p] = popcount32(required | preferred);
  }
}
