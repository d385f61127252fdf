import { describe, expect, it } from '@jest/globals';
import { CLIENT_VIEWER, viewerOf } from '../common/auth/testing/viewers';
import { Role } from '../common/enums';
import { JobStatus } from '../jobs/job-status';
import { canSeeJob } from '../jobs/jobs.service';

const client = CLIENT_VIEWER;

describe('canSeeJob for clients', () => {
  it('shows a client the jobs offered to them, in every status (an answered offer stays readable)', () => {
    for (const status of Object.values(JobStatus)) {
      expect(canSeeJob(client, { organisationId: 'employer', status }, true)).toBe(true);
    }
  });

  it('shows a client no other job, published or not', () => {
    for (const status of Object.values(JobStatus)) {
      expect(canSeeJob(client, { organisationId: 'employer', status })).toBe(false);
      expect(canSeeJob(client, { organisationId: 'employer', status }, false)).toBe(false);
    }
  });

  it('lets the offer flag widen nothing for other roles', () => {
    const coordinator = viewerOf(Role.COORDINATOR, 'provider');
    expect(canSeeJob(coordinator, { organisationId: 'employer', status: JobStatus.DRAFT }, true)).toBe(false);
  });
});
