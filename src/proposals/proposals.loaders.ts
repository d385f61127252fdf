import type { GraphQLContext } from '../common/graphql/context';
import type { ProposalEventEntity } from './proposal.entity';
import type { ProposalsService } from './proposals.service';

/** Each proposal's events, oldest first, batched per request; for proposals the caller may see. */
export function proposalEventsLoader(ctx: GraphQLContext, proposals: ProposalsService) {
  return ctx.loaders.grouped<string, ProposalEventEntity>(
    'proposalEvents',
    (ids) => proposals.eventsOf(ids),
    (event) => event.proposalId,
  );
}
