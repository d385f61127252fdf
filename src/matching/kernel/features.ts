import { fillAbilityMasks, fillDemandMasks, fillLimitMasks, fillSchedule, maskOf } from './bits';
import type { JobSpec, ProfileSpec } from './specs';
import { MAX_LEVEL, MAX_TASKS, SCHEDULE_WORDS, validateJobSpec, validateProfileSpec } from './specs';

/**
 * Compact binary features of jobs and profiles, stored by the database in a bytea column and decoded in batches
 * by JobTable.fromFeatures / ProfileTable.fromFeatures. Little-endian. Byte 0 is the format version: a change of
 * layout gets a new version and the decoder keeps reading the old ones, so stored rows never need a rewrite.
 *
 * Job, version 1:
 *   0 u8 version | 1 u8 flags (bit 0 remotePossible) | 2 u8 task count | 3 u16 municipality | 5 u32 offered
 *   9 f64 hoursMin | 17 f64 hoursMax | 25 u32 schedule word mask (bit w: word w of the 672-bit week follows)
 *   then one u32 per word in the mask, ascending; then per task:
 *   u8 task type | u8 flags (bit 0 modifiable, bit 1 hoursShare follows) | [f64 hoursShare]
 *   | u8 n | n × u8 (demand | level << 5), levels 1..4 only
 *
 * Profile, version 1:
 *   0 u8 version | 1 u8 flags (bit 0 remoteOnly, bit 1 maxCommuteKm follows) | 2 u16 municipality
 *   4 u32 required | 8 u32 preferred (required ones removed) | 12 f64 hoursMin | 20 f64 hoursMax
 *   [f64 maxCommuteKm] | u32 schedule word mask + words, as for jobs
 *   | u8 n | n × u8 (demand | maxLevel << 5), maxLevel 0..3 only (4 is no limit)
 *   | u8 n | n × u8 (task type | experience << 6)
 */
export const FEATURE_FORMAT_VERSION = 1;

const JOB_FIXED_BYTES = 29;

class Writer {
  private bytes = new Uint8Array(256);
  private view = new DataView(this.bytes.buffer);
  private at = 0;

  private room(n: number): void {
    if (this.at + n <= this.bytes.length) return;
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.at + n));
    bigger.set(this.bytes);
    this.bytes = bigger;
    this.view = new DataView(bigger.buffer);
  }

  u8(v: number): void {
    this.room(1);
    this.bytes[this.at++] = v;
  }

  u16(v: number): void {
    this.room(2);
    this.view.setUint16(this.at, v, true);
    this.at += 2;
  }

  u32(v: number): void {
    this.room(4);
    this.view.setUint32(this.at, v >>> 0, true);
    this.at += 4;
  }

  f64(v: number): void {
    this.room(8);
    this.view.setFloat64(this.at, v, true);
    this.at += 8;
  }

  done(): Uint8Array {
    return this.bytes.slice(0, this.at);
  }
}

function writeSchedule(w: Writer, bitmap: Uint32Array): void {
  let mask = 0;
  for (let i = 0; i < SCHEDULE_WORDS; i++) if (bitmap[i] !== 0) mask |= 1 << i;
  w.u32(mask);
  for (let i = 0; i < SCHEDULE_WORDS; i++) if (bitmap[i] !== 0) w.u32(bitmap[i]);
}

/** Per demand, how many of the four nested masks hold it (a level for T masks, 4 − maxLevel for P masks). */
function depthOf(masks: Uint32Array, demand: number): number {
  let depth = 0;
  for (let k = 0; k < MAX_LEVEL; k++) depth += (masks[k] >>> demand) & 1;
  return depth;
}

export function encodeJobFeatures(spec: JobSpec): Uint8Array {
  validateJobSpec(spec);
  const w = new Writer();
  w.u8(FEATURE_FORMAT_VERSION);
  w.u8(spec.remotePossible ? 1 : 0);
  w.u8(spec.tasks.length);
  w.u16(spec.municipality);
  w.u32(maskOf(spec.offered));
  w.f64(spec.hoursMin);
  w.f64(spec.hoursMax);
  const bitmap = new Uint32Array(SCHEDULE_WORDS);
  fillSchedule(spec.schedule, bitmap, 0);
  writeSchedule(w, bitmap);
  const masks = new Uint32Array(MAX_LEVEL);
  for (const task of spec.tasks) {
    w.u8(task.taskType);
    w.u8((task.modifiable ? 1 : 0) | (task.hoursShare !== null ? 2 : 0));
    if (task.hoursShare !== null) w.f64(task.hoursShare);
    // Re-derived from the masks so that repeated demands collapse to their highest level.
    fillDemandMasks(task.demands, masks, 0);
    const present: number[] = [];
    for (let d = 0; d < 32; d++) if ((masks[0] >>> d) & 1) present.push(d | (depthOf(masks, d) << 5));
    w.u8(present.length);
    for (const b of present) w.u8(b);
  }
  return w.done();
}

export function encodeProfileFeatures(spec: ProfileSpec): Uint8Array {
  validateProfileSpec(spec);
  const w = new Writer();
  w.u8(FEATURE_FORMAT_VERSION);
  w.u8((spec.remoteOnly ? 1 : 0) | (spec.maxCommuteKm !== null ? 2 : 0));
  w.u16(spec.municipality);
  const required = maskOf(spec.required);
  w.u32(required);
  w.u32(maskOf(spec.preferred) & ~required);
  w.f64(spec.hoursMin);
  w.f64(spec.hoursMax);
  if (spec.maxCommuteKm !== null) w.f64(spec.maxCommuteKm);
  const bitmap = new Uint32Array(SCHEDULE_WORDS);
  fillSchedule(spec.availability, bitmap, 0);
  writeSchedule(w, bitmap);
  const limits = new Uint32Array(MAX_LEVEL);
  fillLimitMasks(spec.restrictions, limits, 0);
  const restrictions: number[] = [];
  for (let d = 0; d < 32; d++)
    if ((limits[MAX_LEVEL - 1] >>> d) & 1) restrictions.push(d | ((MAX_LEVEL - depthOf(limits, d)) << 5));
  w.u8(restrictions.length);
  for (const b of restrictions) w.u8(b);
  const abilities = new Uint32Array(6);
  fillAbilityMasks(spec.abilities, abilities, 0);
  const listed: number[] = [];
  for (let t = 0; t < 64; t++) {
    const word = t >>> 5;
    const s = t & 31;
    if ((abilities[word] >>> s) & 1) {
      const experience = ((abilities[2 + word] >>> s) & 1) + ((abilities[4 + word] >>> s) & 1);
      listed.push(t | (experience << 6));
    }
  }
  w.u8(listed.length);
  for (const b of listed) w.u8(b);
  return w.done();
}

/**
 * Sequential little-endian reader over stored feature buffers, reused from row to row so that decoding a batch
 * allocates nothing per row. Every read is bounds-checked.
 */
export class FeatureReader {
  private bytes: Uint8Array = new Uint8Array(0);
  private row = 0;
  private at = 0;
  /** floats are copied here and read back: no DataView per row */
  private readonly scratch = new Uint8Array(8);
  private readonly scratchView = new DataView(this.scratch.buffer);

  /** Starts reading a row's buffer; checks its version byte. */
  reset(bytes: Uint8Array, row: number): void {
    this.bytes = bytes;
    this.row = row;
    this.at = 0;
    this.need(1);
    const v = bytes[this.at++];
    if (v !== FEATURE_FORMAT_VERSION) throw new RangeError(`unknown feature format version ${v} in row ${row}`);
  }

  private need(n: number): void {
    if (this.at + n > this.bytes.length) throw new RangeError(`feature buffer of row ${this.row} is truncated`);
  }

  u8(): number {
    this.need(1);
    return this.bytes[this.at++];
  }

  u16(): number {
    this.need(2);
    const b = this.bytes;
    const v = b[this.at] | (b[this.at + 1] << 8);
    this.at += 2;
    return v;
  }

  u32(): number {
    this.need(4);
    const b = this.bytes;
    const i = this.at;
    this.at += 4;
    return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
  }

  f64(): number {
    this.need(8);
    for (let k = 0; k < 8; k++) this.scratch[k] = this.bytes[this.at + k];
    this.at += 8;
    return this.scratchView.getFloat64(0, true);
  }

  /** Throws unless the whole buffer was read. */
  end(): void {
    if (this.at !== this.bytes.length) throw new RangeError(`feature buffer of row ${this.row} has trailing bytes`);
  }

  fail(what: string): never {
    throw new RangeError(`${what} in feature buffer of row ${this.row}`);
  }
}

/** Task count and schedule word mask of a job buffer, read without decoding it (for sizing a table). */
export function peekJobSizes(bytes: Uint8Array, row: number): { tasks: number; scheduleMask: number } {
  if (bytes.length < JOB_FIXED_BYTES) throw new RangeError(`feature buffer of row ${row} is truncated`);
  if (bytes[0] !== FEATURE_FORMAT_VERSION) {
    throw new RangeError(`unknown feature format version ${bytes[0]} in row ${row}`);
  }
  const scheduleMask = (bytes[25] | (bytes[26] << 8) | (bytes[27] << 16) | (bytes[28] << 24)) >>> 0;
  const tasks = bytes[2];
  if (tasks < 1 || tasks > MAX_TASKS) throw new RangeError(`task count ${tasks} in row ${row}`);
  if (scheduleMask >>> SCHEDULE_WORDS !== 0) throw new RangeError(`schedule word mask out of range in row ${row}`);
  return { tasks, scheduleMask };
}
