import { describe, expect, it } from '@jest/globals';
import type { Viewer } from '../common/auth/viewer';
import { Language, OrganisationKind, Role } from '../common/enums';
import { JobStatus } from './job-status';
import { canSeeJob } from './jobs.service';

const OWN = 'own-organisation';
const OTHER = 'other-organisation';

function viewer(role: Role, organisationId: string | null = null): Viewer {
  return {
    userId: 'user',
    role,
    organisationId,
    organisationKind: role === Role.EMPLOYER ? OrganisationKind.EMPLOYER : OrganisationKind.SERVICE_PROVIDER,
    organisationVerifiedAt: role === Role.EMPLOYER ? new Date('2026-01-01T00:00:00Z') : null,
    clientId: role === Role.CLIENT ? 'client' : null,
    language: Language.FI,
  };
}

const statuses = Object.values(JobStatus);

describe('canSeeJob', () => {
  it('shows employers their own jobs in every status and other organisations’ published ones', () => {
    const employer = viewer(Role.EMPLOYER, OWN);
    for (const status of statuses) {
      expect(canSeeJob(employer, { organisationId: OWN, status })).toBe(true);
      expect(canSeeJob(employer, { organisationId: OTHER, status })).toBe(status === JobStatus.PUBLISHED);
    }
  });

  it('shows coordinators published jobs, admins all, and clients none (they get offers)', () => {
    for (const status of statuses) {
      const job = { organisationId: OTHER, status };
      expect(canSeeJob(viewer(Role.COORDINATOR, 'service'), job)).toBe(status === JobStatus.PUBLISHED);
      expect(canSeeJob(viewer(Role.ADMIN), job)).toBe(true);
      expect(canSeeJob(viewer(Role.CLIENT), job)).toBe(false);
    }
  });
});
