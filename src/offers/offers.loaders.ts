import type { GraphQLContext } from '../common/graphql/context';
import type { OfferEntity } from './offer.entity';
import type { OffersService } from './offers.service';

/** Each profile's offers, newest first, batched per request; for profiles the caller may already see. */
export function offersOfProfileLoader(ctx: GraphQLContext, offers: OffersService) {
  return ctx.loaders.grouped<string, OfferEntity>(
    'offersOfProfile',
    (profileIds) => offers.ofProfiles(profileIds),
    (offer) => offer.profileId,
  );
}
