import type { GraphQLContext } from '../common/graphql/context';
import type { ClientEntity } from './client.entity';
import type { ClientsService } from './clients.service';
import type { ConsentEventEntity } from './consent-event.entity';
import type { ConsentService } from './consent.service';
import type { ClientIdentity, IdentityService } from './identity.service';

/**
 * Clients by id, batched per request. No visibility check: callers reach client ids through objects the viewer
 * was already allowed to see (a coordinator's or the client's own profile), and the identity fields check again.
 */
export function clientLoader(ctx: GraphQLContext, clients: ClientsService) {
  return ctx.loaders.byId<ClientEntity>('client', (ids) => clients.clientsByIds(ids));
}

/** Decrypted identities by client id, batched per request: one query and one decryption per client. */
export function identityLoader(ctx: GraphQLContext, identities: IdentityService) {
  return ctx.loaders.get<string, ClientIdentity>('clientIdentity', (ids) => identities.identitiesOf(ids));
}

/** Each client's consent decisions, newest first, batched per request; for clients the caller may see. */
export function consentHistoryLoader(ctx: GraphQLContext, consent: ConsentService) {
  return ctx.loaders.grouped<string, ConsentEventEntity>(
    'consentHistory',
    (ids) => consent.historyOf(ids),
    (event) => event.clientId,
  );
}
