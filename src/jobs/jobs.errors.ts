import { ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { type JobAction, type JobStatus, jobTransitionRefusal } from './job-status';

/** No such job, or not one the caller may see: the two are never told apart. */
export class JobNotFoundError extends NotFoundError {
  constructor() {
    super('The job');
  }
}

/** The caller may see the job but not change it. */
export class JobNotOwnedError extends ForbiddenError {
  constructor() {
    super('Only the organisation that posted the job can change it.');
  }
}

/** `expectedVersion` is behind: someone else changed the job in the meantime. */
export class StaleJobVersionError extends ConflictError {
  constructor(currentVersion: number) {
    super(
      `The job has changed since you loaded it (version ${currentVersion} now). Load it again and make your change there.`,
      'STALE_VERSION',
      { currentVersion },
    );
  }
}

/** The job's status does not allow this now (JOB_TRANSITIONS). */
export class JobStatusConflictError extends ConflictError {
  constructor(status: JobStatus, action: JobAction) {
    super(jobTransitionRefusal(status, action) ?? `The job is ${status}.`, 'INVALID_TRANSITION', { status });
  }
}
