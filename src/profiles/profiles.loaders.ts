import type { GraphQLContext } from '../common/graphql/context';
import type { ProfileEntity } from './profile.entity';
import type { ProfilesService } from './profiles.service';

/**
 * Profile rows by id, batched per request. No visibility check: callers reach profile ids through objects the
 * viewer was already allowed to see, and employer-facing callers must pass each row through toCandidate.
 */
export function profileLoader(ctx: GraphQLContext, profiles: ProfilesService) {
  return ctx.loaders.byId<ProfileEntity>('profile', (ids) => profiles.profilesByIds(ids));
}

/** The profiles of each client, batched per request; for clients the caller may already see. */
export function profilesOfClientLoader(ctx: GraphQLContext, profiles: ProfilesService) {
  return ctx.loaders.grouped<string, ProfileEntity>(
    'profilesOfClient',
    (clientIds) => profiles.profilesOfClients(clientIds),
    (profile) => profile.clientId,
  );
}
