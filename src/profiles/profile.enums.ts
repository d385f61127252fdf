/** Where a capacity profile is in its life; only ACTIVE profiles are matched and shown to employers. */
export enum ProfileStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  PLACED = 'PLACED',
  ARCHIVED = 'ARCHIVED',
}

/** How much a person needs an accommodation: a REQUIRED one missing makes a job infeasible. */
export enum Necessity {
  REQUIRED = 'REQUIRED',
  PREFERRED = 'PREFERRED',
}
