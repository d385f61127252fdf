/** Where a job is in its life; the moves are in JOB_TRANSITIONS. */
export enum JobStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}

/** What an employer (or a hire filling the last position) does to a job. */
export enum JobAction {
  EDIT = 'EDIT',
  PUBLISH = 'PUBLISH',
  FILL = 'FILL',
  CLOSE = 'CLOSE',
}

const S = JobStatus;
const A = JobAction;

/**
 * The state machine of a job: for each status, the actions allowed and where they lead. A DRAFT is edited and
 * published; a PUBLISHED job is edited (a new version, scored again), filled or closed; FILLED and CLOSED are
 * final.
 */
export const JOB_TRANSITIONS: Readonly<Record<JobStatus, Readonly<Partial<Record<JobAction, JobStatus>>>>> = {
  [S.DRAFT]: { [A.EDIT]: S.DRAFT, [A.PUBLISH]: S.PUBLISHED },
  [S.PUBLISHED]: { [A.EDIT]: S.PUBLISHED, [A.FILL]: S.FILLED, [A.CLOSE]: S.CLOSED },
  [S.FILLED]: {},
  [S.CLOSED]: {},
};

const DONE: Readonly<Record<JobAction, string>> = {
  [A.EDIT]: 'changed',
  [A.PUBLISH]: 'published',
  [A.FILL]: 'marked filled',
  [A.CLOSE]: 'closed',
};

/** Where `action` takes a job in `from`, or null when it is not allowed. */
export function nextJobStatus(from: JobStatus, action: JobAction): JobStatus | null {
  return JOB_TRANSITIONS[from][action] ?? null;
}

/** The statuses from which `action` is allowed. */
export function jobStatusesAllowing(action: JobAction): JobStatus[] {
  return (Object.keys(JOB_TRANSITIONS) as JobStatus[]).filter((status) => JOB_TRANSITIONS[status][action]);
}

/** Why `action` is not allowed from `from` (a CONFLICT message), or null when it is. */
export function jobTransitionRefusal(from: JobStatus, action: JobAction): string | null {
  if (nextJobStatus(from, action)) return null;
  return `The job is ${from}: only a ${jobStatusesAllowing(action).join(' or ')} job can be ${DONE[action]}.`;
}
