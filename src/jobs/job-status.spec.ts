import { JobAction, JobStatus, jobTransitionRefusal, nextJobStatus } from './job-status';

describe('job status transitions', () => {
  it('publishes drafts, fills and closes published jobs, and edits both', () => {
    expect(nextJobStatus(JobStatus.DRAFT, JobAction.PUBLISH)).toBe(JobStatus.PUBLISHED);
    expect(nextJobStatus(JobStatus.DRAFT, JobAction.EDIT)).toBe(JobStatus.DRAFT);
    expect(nextJobStatus(JobStatus.PUBLISHED, JobAction.EDIT)).toBe(JobStatus.PUBLISHED);
    expect(nextJobStatus(JobStatus.PUBLISHED, JobAction.FILL)).toBe(JobStatus.FILLED);
    expect(nextJobStatus(JobStatus.PUBLISHED, JobAction.CLOSE)).toBe(JobStatus.CLOSED);
  });

  it('keeps FILLED and CLOSED final', () => {
    for (const status of [JobStatus.FILLED, JobStatus.CLOSED]) {
      for (const action of Object.values(JobAction)) expect(nextJobStatus(status, action)).toBeNull();
    }
  });

  it('says which statuses would have allowed a refused move', () => {
    expect(jobTransitionRefusal(JobStatus.PUBLISHED, JobAction.PUBLISH)).toBe(
      'The job is PUBLISHED: only a DRAFT job can be published.',
    );
    expect(jobTransitionRefusal(JobStatus.CLOSED, JobAction.EDIT)).toBe(
      'The job is CLOSED: only a DRAFT or PUBLISHED job can be changed.',
    );
    expect(jobTransitionRefusal(JobStatus.DRAFT, JobAction.CLOSE)).toBe(
      'The job is DRAFT: only a PUBLISHED job can be closed.',
    );
    expect(jobTransitionRefusal(JobStatus.DRAFT, JobAction.EDIT)).toBeNull();
  });
});
