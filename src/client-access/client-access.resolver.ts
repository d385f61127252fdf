import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthPayloadModel } from '../accounts/accounts.model';
import { startSession } from '../accounts/start-session';
import { SessionService } from '../accounts/session.service';
import { ConsentChangeModel, ConsentModel, toClientModel } from '../clients/client.model';
import { Ctx, CurrentViewer, Public, Roles } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import { clientAddressOf, type GraphQLContext } from '../common/graphql/context';
import { ClientAccessService } from './client-access.service';
import { ClientErasureService } from './client-erasure.service';
import { ProfileViewModel } from './profile-view.model';

@Resolver()
export class ClientAccessResolver {
  constructor(
    private readonly access: ClientAccessService,
    private readonly erasure: ClientErasureService,
    private readonly sessions: SessionService,
  ) {}

  @Roles(Role.COORDINATOR)
  @Mutation(() => String, {
    description: "COORDINATOR: a one-time code, valid for 7 days, for the client's first sign-in",
  })
  issueClientAccessCode(
    @CurrentViewer() viewer: Viewer,
    @Args('clientId', { type: () => ID }) clientId: string,
  ): Promise<string> {
    return this.access.issueCode(viewer, clientId);
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'CLIENT sign-in with a one-time code from the coordinator' })
  async loginWithAccessCode(@Args('code') code: string, @Ctx() ctx: GraphQLContext): Promise<AuthPayloadModel> {
    return startSession(ctx, this.sessions, await this.access.signIn(code, clientAddressOf(ctx)));
  }

  @Roles(Role.CLIENT)
  @Query(() => ConsentModel, { description: 'CLIENT: my consent' })
  async myConsent(@CurrentViewer() viewer: Viewer): Promise<ConsentModel> {
    return toClientModel(await this.access.ownClient(viewer)).consent;
  }

  @Roles(Role.CLIENT)
  @Query(() => [ConsentChangeModel], {
    description:
      'CLIENT: every decision on my consent, newest first: mine on my own page and those my coordinator recorded with me',
  })
  myConsentHistory(@CurrentViewer() viewer: Viewer): Promise<ConsentChangeModel[]> {
    return this.access.ownConsentHistory(viewer);
  }

  @Roles(Role.CLIENT)
  @Mutation(() => ConsentModel)
  async setMyConsent(
    @CurrentViewer() viewer: Viewer,
    @Args('shareWithEmployers') shareWithEmployers: boolean,
  ): Promise<ConsentModel> {
    return toClientModel(await this.access.setOwnConsent(viewer, shareWithEmployers)).consent;
  }

  @Roles(Role.CLIENT)
  @Query(() => [ProfileViewModel], { description: 'CLIENT: which organisations have seen my anonymised profile' })
  myProfileViews(@CurrentViewer() viewer: Viewer): Promise<ProfileViewModel[]> {
    return this.access.ownProfileViews(viewer);
  }

  @Roles(Role.COORDINATOR)
  @Mutation(() => Boolean, {
    description: 'COORDINATOR: removes identity and profiles; keeps only counts for statistics',
  })
  async eraseClient(
    @CurrentViewer() viewer: Viewer,
    @Args('clientId', { type: () => ID }) clientId: string,
  ): Promise<boolean> {
    await this.erasure.erase(viewer, clientId);
    return true;
  }
}
