import { describe, expect, it } from '@jest/globals';
import { viewerOf } from '../common/auth/testing/viewers';
import { Role } from '../common/enums';
import { JobStatus } from './job-status';
import { canSeeJob } from './jobs.service';

const OWN = 'own-organisation';
const OTHER = 'other-organisation';

const statuses = Object.values(JobStatus);

describe('canSeeJob', () => {
  it('shows employers their own jobs in every status and other organisations’ published ones', () => {
    const employer = viewerOf(Role.EMPLOYER, OWN);
    for (const status of statuses) {
      expect(canSeeJob(employer, { organisationId: OWN, status })).toBe(true);
      expect(canSeeJob(employer, { organisationId: OTHER, status })).toBe(status === JobStatus.PUBLISHED);
    }
  });

  it('shows coordinators published jobs, admins all, and clients none (they get offers)', () => {
    for (const status of statuses) {
      const job = { organisationId: OTHER, status };
      expect(canSeeJob(viewerOf(Role.COORDINATOR, 'service'), job)).toBe(status === JobStatus.PUBLISHED);
      expect(canSeeJob(viewerOf(Role.ADMIN), job)).toBe(true);
      expect(canSeeJob(viewerOf(Role.CLIENT), job)).toBe(false);
    }
  });
});
