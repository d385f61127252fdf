/**
 * Plain-language reasons of a match, as data: a code and its parameters (taxonomy ordinals, job task indices and
 * numbers). Stored as JSON and rendered in the reader's language by renderReason.
 */
export interface ReasonParams {
  // Blockers, most important first.
  REQUIRED_ACCOMMODATION_MISSING: { accommodation: number };
  REQUIRED_ACCOMMODATIONS_MISSING: { count: number };
  ESSENTIAL_TASK_CONFLICT: { task: number; taskType: number; demand: number };
  ESSENTIAL_TASK_CONFLICTS: { count: number };
  NO_SUITABLE_TASK: Record<string, never>;
  HOURS_TOO_FEW: { jobMin: number; profileMax: number };
  HOURS_TOO_MANY: { jobMax: number; profileMin: number };
  SCHEDULE_OVERLAP_TOO_SMALL: { hours: number; needed: number };
  REMOTE_ONLY: Record<string, never>;
  TOO_FAR: { km: number; maxKm: number };
  EARNINGS_OVER_LIMIT: { jobMin: number; maxHours: number };
  // Carve-out.
  TASK_CARVED_OUT: { task: number; taskType: number; demand: number };
  TASKS_CARVED_OUT: { count: number; total: number };
  ALL_TASKS_SUITABLE: Record<string, never>;
  // What fits.
  REQUIRED_ACCOMMODATION_OFFERED: { accommodation: number };
  REQUIRED_ACCOMMODATIONS_OFFERED: { count: number };
  TASK_EXPERIENCED: { task: number; taskType: number };
  TASK_SOME_EXPERIENCE: { task: number; taskType: number };
  TASK_INTERESTED: { task: number; taskType: number };
  SCHEDULE_OVERLAP: { hours: number };
  HOURS_RANGE: { min: number; max: number };
  /**
   * The range when an earnings limit at the job's wage narrows it (min–max), with the range both sides' hours allow
   * (bothMin–bothMax). Employers are told only the latter: the narrowed one and the wage would tell them the limit.
   */
  HOURS_RANGE_AT_PAY: { min: number; max: number; bothMin: number; bothMax: number };
  REMOTE_POSSIBLE: Record<string, never>;
  SAME_MUNICIPALITY: Record<string, never>;
  DISTANCE: { km: number };
  PREFERRED_ACCOMMODATION_OFFERED: { accommodation: number };
  PREFERRED_ACCOMMODATION_NOT_OFFERED: { accommodation: number };
  PREFERRED_ACCOMMODATIONS: { offered: number; total: number };
}

export type ReasonCode = keyof ReasonParams;

export type Reason = { [C in ReasonCode]: { code: C; params: ReasonParams[C] } }[ReasonCode];

/** Every code once; a Record so that adding a code without listing it here fails to compile. */
const ALL_CODES: Record<ReasonCode, true> = {
  REQUIRED_ACCOMMODATION_MISSING: true,
  REQUIRED_ACCOMMODATIONS_MISSING: true,
  ESSENTIAL_TASK_CONFLICT: true,
  ESSENTIAL_TASK_CONFLICTS: true,
  NO_SUITABLE_TASK: true,
  HOURS_TOO_FEW: true,
  HOURS_TOO_MANY: true,
  SCHEDULE_OVERLAP_TOO_SMALL: true,
  REMOTE_ONLY: true,
  TOO_FAR: true,
  EARNINGS_OVER_LIMIT: true,
  TASK_CARVED_OUT: true,
  TASKS_CARVED_OUT: true,
  ALL_TASKS_SUITABLE: true,
  REQUIRED_ACCOMMODATION_OFFERED: true,
  REQUIRED_ACCOMMODATIONS_OFFERED: true,
  TASK_EXPERIENCED: true,
  TASK_SOME_EXPERIENCE: true,
  TASK_INTERESTED: true,
  SCHEDULE_OVERLAP: true,
  HOURS_RANGE: true,
  HOURS_RANGE_AT_PAY: true,
  REMOTE_POSSIBLE: true,
  SAME_MUNICIPALITY: true,
  DISTANCE: true,
  PREFERRED_ACCOMMODATION_OFFERED: true,
  PREFERRED_ACCOMMODATION_NOT_OFFERED: true,
  PREFERRED_ACCOMMODATIONS: true,
};

export const REASON_CODES = Object.keys(ALL_CODES) as ReasonCode[];

/** Builds a reason with its parameters checked against its code. */
export function reason<C extends ReasonCode>(code: C, params: ReasonParams[C]): Reason {
  return { code, params } as Reason;
}
