import type { MyOffersQuery } from '../../generated/graphql';

export type OfferView = MyOffersQuery['myOffers'][number];

/** The job's tasks the client would do: all but the ones left out for them (the match's carve-out). */
export function keptTasks(offer: OfferView): OfferView['job']['tasks'] {
  const leftOut = new Set(offer.carveOut.map((task) => task.id));
  return offer.job.tasks.filter((task) => !leftOut.has(task.id));
}

/** Whether the client may still answer (or change the answer): until the coordinator withdraws the offer. */
export function canAnswer(offer: Pick<OfferView, 'status'>): boolean {
  return offer.status !== 'WITHDRAWN';
}
