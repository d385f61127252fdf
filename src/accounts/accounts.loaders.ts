import type { GraphQLContext } from '../common/graphql/context';
import type { AccountsService } from './accounts.service';
import type { OrganisationEntity } from './organisation.entity';

/** Organisations by id, batched per request. */
export function organisationLoader(ctx: GraphQLContext, accounts: AccountsService) {
  return ctx.loaders.byId<OrganisationEntity>('organisation', (ids) => accounts.organisationsByIds(ids));
}
