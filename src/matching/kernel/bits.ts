import type { AbilitySpec, DemandLevelSpec, RestrictionSpec, TaskSpec, WindowSpec } from './specs';
import { MAX_LEVEL, QUARTERS_PER_DAY, SCHEDULE_WORDS } from './specs';

/** Number of set bits in a 32-bit word (SWAR: branch-free and allocation-free). */
export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Set of ordinals 0..31 as an unsigned 32-bit mask. */
export function maskOf(ordinals: readonly number[]): number {
  let m = 0;
  for (const o of ordinals) m |= 1 << o;
  return m >>> 0;
}

/** Ordinals in a mask, ascending. */
export function ordinalsOf(mask: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < 32; i++) if ((mask >>> i) & 1) out.push(i);
  return out;
}

/** Writes the 672-bit weekly bitmap (bit day*96 + startMin/15) of the windows into out[offset..offset+21). */
export function fillSchedule(windows: readonly WindowSpec[], out: Uint32Array, offset: number): void {
  out.fill(0, offset, offset + SCHEDULE_WORDS);
  for (const w of windows) {
    const from = w.day * QUARTERS_PER_DAY + w.startMin / 15;
    const to = w.day * QUARTERS_PER_DAY + w.endMin / 15;
    for (let bit = from; bit < to; bit++) out[offset + (bit >>> 5)] |= 1 << (bit & 31);
  }
}

/** T_k masks (k = 1..4) of one task into out[offset..offset+4): T_k = { d : level(d) >= k }. */
export function fillDemandMasks(demands: readonly DemandLevelSpec[], out: Uint32Array, offset: number): void {
  out.fill(0, offset, offset + MAX_LEVEL);
  for (const { demand, level } of demands) {
    for (let k = 1; k <= level; k++) out[offset + k - 1] |= 1 << demand;
  }
}

/**
 * P_k masks (k = 1..4) of one profile into out[offset..offset+4): P_k = { d : maxLevel(d) < k }. A task conflicts
 * iff some T_k & P_k is non-zero. Repeated restrictions on one demand: the strictest wins.
 */
export function fillLimitMasks(restrictions: readonly RestrictionSpec[], out: Uint32Array, offset: number): void {
  out.fill(0, offset, offset + MAX_LEVEL);
  for (const { demand, maxLevel } of restrictions) {
    for (let k = maxLevel + 1; k <= MAX_LEVEL; k++) out[offset + k - 1] |= 1 << demand;
  }
}

/**
 * Ability sets into out[offset..offset+6): listed, experience >= 1, experience = 2, each as two words (task types
 * 0..31, 32..63). Repeated task types: the highest experience wins, and the sets stay nested.
 */
export function fillAbilityMasks(abilities: readonly AbilitySpec[], out: Uint32Array, offset: number): void {
  out.fill(0, offset, offset + 6);
  for (const { taskType, experience } of abilities) {
    const word = taskType >>> 5;
    const bit = 1 << (taskType & 31);
    out[offset + word] |= bit;
    if (experience >= 1) out[offset + 2 + word] |= bit;
    if (experience >= 2) out[offset + 4 + word] |= bit;
  }
}

/** Part of each task's weight spread evenly, so that leaving out any task always costs something. */
export const EVEN_WEIGHT_SHARE = 0.2;

/**
 * Task weights summing to 1: the stated hoursShare percentages, the rest of 100 % split equally among tasks
 * without one, normalised; then blended with an even split (EVEN_WEIGHT_SHARE) so no task weighs zero.
 */
export function taskWeights(tasks: readonly Pick<TaskSpec, 'hoursShare'>[]): number[] {
  const n = tasks.length;
  let stated = 0;
  let unstated = 0;
  for (const t of tasks) {
    if (t.hoursShare === null) unstated++;
    else stated += t.hoursShare;
  }
  const restEach = unstated > 0 ? Math.max(0, 100 - stated) / unstated : 0;
  const shares = tasks.map((t) => (t.hoursShare === null ? restEach : t.hoursShare));
  let total = 0;
  for (const s of shares) total += s;
  const even = 1 / n;
  return shares.map((s) => (1 - EVEN_WEIGHT_SHARE) * (total > 0 ? s / total : even) + EVEN_WEIGHT_SHARE * even);
}
