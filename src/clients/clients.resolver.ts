import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, Roles } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import type { GraphQLContext } from '../common/graphql/context';
import type { Connection } from '../common/graphql/pagination';
import { ClientConnectionModel, ClientModel, ConsentChangeModel, toClientModel } from './client.model';
import { ClientNotFoundError } from './clients.errors';
import { clientScopeOf, ClientsService, inClientScope } from './clients.service';
import { ClientSearchArgs, CreateClientInput } from './dto/client.input';
import { ConsentService } from './consent.service';
import { type ClientIdentity, IdentityService } from './identity.service';
import { consentHistoryLoader, identityLoader } from './clients.loaders';

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
    const events = await consentHistoryLoader(ctx, this.consent).load(client.id);
    return events.map((e) => ({ shareWithEmployers: e.shareWithEmployers, at: e.at, byRole: e.actorRole }));
  }

  /** Checked again here, so that no new path to a Client can reveal an identity the viewer may not see. */
  private identityOf(client: ClientModel, ctx: GraphQLContext): Promise<ClientIdentity> {
    const owner = { clientId: client.id, serviceProviderId: client.serviceProviderId };
    if (!inClientScope(clientScopeOf(ctx.viewer), owner)) throw new ClientNotFoundError();
    return identityLoader(ctx, this.identities).load(client.id);
  }
}
