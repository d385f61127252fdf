import { JobStatus } from '../jobs/job-status';

/** Where an offer of a job to a client is. The client may answer, and change their mind, until it is WITHDRAWN. */
export enum OfferStatus {
  OFFERED = 'OFFERED',
  INTERESTED = 'INTERESTED',
  NOT_INTERESTED = 'NOT_INTERESTED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Why the client cannot answer the offer now, or null when they can. */
export function offerResponseRefusal(offer: OfferStatus, job: JobStatus): string | null {
  if (offer === OfferStatus.WITHDRAWN) return 'The offer was withdrawn: it can no longer be answered.';
  if (job !== JobStatus.PUBLISHED) return `The job is ${job}: only offers of a PUBLISHED job can be answered.`;
  return null;
}
