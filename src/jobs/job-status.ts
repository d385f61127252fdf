/** Where a job is in its life. Allowed moves: DRAFT → PUBLISHED → FILLED or CLOSED. */
export enum JobStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}
