import { describe, expect, it } from '@jest/globals';
import { JobStatus } from '../jobs/job-status';
import { OfferStatus, offerResponseRefusal } from './offer-status';

describe('offerResponseRefusal', () => {
  it('lets the client answer, and change their mind, while the offer is open and the job PUBLISHED', () => {
    for (const status of [OfferStatus.OFFERED, OfferStatus.INTERESTED, OfferStatus.NOT_INTERESTED]) {
      expect(offerResponseRefusal(status, JobStatus.PUBLISHED)).toBeNull();
    }
  });

  it('refuses a withdrawn offer, whatever the job', () => {
    for (const job of Object.values(JobStatus)) {
      expect(offerResponseRefusal(OfferStatus.WITHDRAWN, job)).toMatch(/withdrawn/);
    }
  });

  it('refuses an open offer of a job that is no longer PUBLISHED, naming its status', () => {
    for (const job of [JobStatus.DRAFT, JobStatus.FILLED, JobStatus.CLOSED]) {
      expect(offerResponseRefusal(OfferStatus.OFFERED, job)).toBe(
        `The job is ${job}: only offers of a PUBLISHED job can be answered.`,
      );
    }
  });
});
