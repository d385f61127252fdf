import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, Roles } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import type { GraphQLContext } from '../common/graphql/context';
import type { Connection } from '../common/graphql/pagination';
import type { ClientEntity } from './client.entity';
import { ClientConnectionModel, ClientModel, ConsentChangeModel, toClientModel } from './client.model';
import { ClientNotFoundError } from './clients.errors';
import { clientScopeOf, ClientsService, inClientScope } from './clients.service';
import { ClientSearchArgs, CreateClientInput } from './dto/client.input';
import { ConsentService } from './consent.service';
import { type ClientIdentity, IdentityService } from './identity.service';

@Resolver(() => ClientModel)
export class ClientsResolver {
  constructor(
    private readonly clientsService: ClientsService,
    private readonly identities: IdentityService,
    private readonly consent: ConsentService,
  ) {}

  @Roles(Role.COORDINATOR)
  @Mutation(() => ClientModel, { description: 'COORDINATOR' })
  async createClient(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateClientInput): Promise<ClientModel> {
    return toClientModel(await this.clientsService.create(viewer, input));
  }

  @Roles(Role.COORDINATOR)
  @Query(() => ClientConnectionModel, { description: "COORDINATOR: own service provider's clients" })
  clients(@CurrentViewer() viewer: Viewer, @Args() args: ClientSearchArgs): Promise<Connection<ClientModel>> {
    return this.clientsService.list(viewer, args, args.search);
  }

  @Roles(Role.COORDINATOR, Role.CLIENT)
  @Query(() => ClientModel, { nullable: true })
  async client(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ClientModel> {
    return toClientModel(await this.clientsService.getVisible(viewer, id));
  }

  @Roles(Role.COORDINATOR)
  @Mutation(() => ClientModel, {
    description: 'COORDINATOR records consent given in person; CLIENT sets own with setMyConsent',
  })
  async recordConsent(
    @CurrentViewer() viewer: Viewer,
    @Args('clientId', { type: () => ID }) clientId: string,
    @Args('shareWithEmployers') shareWithEmployers: boolean,
  ): Promise<ClientModel> {
    return toClientModel(await this.clientsService.recordConsent(viewer, clientId, shareWithEmployers));
  }

  @ResolveField(() => String)
  async displayName(@Parent() client: ClientModel, @Ctx() ctx: GraphQLContext): Promise<string> {
    return (await this.identityOf(client, ctx)).displayName;
  }

  @ResolveField(() => String, { nullable: true })
  async contactEmail(@Parent() client: ClientModel, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return (await this.identityOf(client, ctx)).contactEmail;
  }

  @ResolveField(() => [ConsentChangeModel], { description: 'every consent decision recorded, newest first' })
  async consentHistory(@Parent() client: ClientModel, @Ctx() ctx: GraphQLContext): Promise<ConsentChangeModel[]> {
    const owner = { clientId: client.id, serviceProviderId: client.serviceProviderId };
    if (!inClientScope(clientScopeOf(ctx.viewer), owner)) throw new ClientNotFoundError();
    const events = await ctx.loaders
      .get<string, ConsentChangeModel[]>('consent-history', async (ids) => {
        const history = await this.consent.historyOf(ids);
        return ids.map((id) =>
          (history.get(id) ?? []).map((e) => ({
            shareWithEmployers: e.shareWithEmployers,
            at: e.at,
            byRole: e.actorRole,
          })),
        );
      })
      .load(client.id);
    return events;
  }

  /** Checked again here, so that no new path to a Client can reveal an identity the viewer may not see. */
  private identityOf(client: ClientModel, ctx: GraphQLContext): Promise<ClientIdentity> {
    const owner = { clientId: client.id, serviceProviderId: client.serviceProviderId };
    if (!inClientScope(clientScopeOf(ctx.viewer), owner)) throw new ClientNotFoundError();
    return identityLoader(ctx, this.identities).load(client.id);
  }
}

/**
 * Clients by id, batched per request. No visibility check: callers reach client ids through objects the viewer
 * was already allowed to see (a coordinator's or the client's own profile), and the identity fields check again.
 */
export function clientLoader(ctx: GraphQLContext, clients: ClientsService) {
  return ctx.loaders.get<string, ClientEntity | null>('client', async (ids) => {
    const found = new Map((await clients.clientsByIds(ids)).map((c) => [c.id, c]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Decrypted identities by client id, batched per request: one query and one decryption per client. */
function identityLoader(ctx: GraphQLContext, identities: IdentityService) {
  return ctx.loaders.get<string, ClientIdentity>('client-identity', (ids) => identities.identitiesOf(ids));
}
