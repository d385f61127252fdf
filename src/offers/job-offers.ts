import { type EntityManager, Not } from 'typeorm';
import { OfferEntity } from './offer.entity';
import { OfferStatus } from './offer-status';

/**
 * The offers feature's writes when a job closes (filled or not), in the transaction of `manager`, which holds the
 * job's row FOR UPDATE: its open offers are withdrawn rather than deleted, so that the client still sees what
 * became of them. Offers are made and answered under the job's row FOR SHARE, so none slips in meanwhile.
 */
export async function withdrawOffersOfJob(manager: EntityManager, jobId: string): Promise<void> {
  await manager.update(
    OfferEntity,
    { jobId, status: Not(OfferStatus.WITHDRAWN) },
    { status: OfferStatus.WITHDRAWN, closedAt: () => 'now()' },
  );
}
