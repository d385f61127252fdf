/** The changes a job's advice names (JobAdvice.kind). */
export enum AdviceKind {
  OFFER_ACCOMMODATION = 'OFFER_ACCOMMODATION',
  MAKE_TASK_MODIFIABLE = 'MAKE_TASK_MODIFIABLE',
  WIDEN_SCHEDULE = 'WIDEN_SCHEDULE',
  LOWER_MINIMUM_HOURS = 'LOWER_MINIMUM_HOURS',
}

/**
 * One item of job.advice as the worker stores it: the change, as ordinals and numbers, and how many consented
 * ACTIVE candidates it would make feasible.
 */
export interface StoredAdvice {
  kind: AdviceKind;
  /** the accommodation's taxonomy ordinal (OFFER_ACCOMMODATION) */
  accommodationOrdinal?: number;
  /** the task's index in the job's scored version, in position order (MAKE_TASK_MODIFIABLE) */
  taskPosition?: number;
  /** the weekly minimum hours to lower to (LOWER_MINIMUM_HOURS) */
  minHours?: number;
  additionalCandidates: number;
}
