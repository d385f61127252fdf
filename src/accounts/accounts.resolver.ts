import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, Public, Roles } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import { Language } from '../common/graphql/enums';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { clientAddressOf, type GraphQLContext } from '../common/graphql/context';
import { AccountsService } from './accounts.service';
import { AuthPayloadModel, NotificationSettingsModel, OrganisationModel, UserModel } from './accounts.model';
import {
  CreateOrganisationInput,
  CreateUserInput,
  NotificationSettingsInput,
  SignUpEmployerInput,
  UpdateUserInput,
} from './dto/accounts.input';
import { SessionService } from './session.service';
import { startSession } from './start-session';
import { organisationLoader } from './accounts.loaders';
import type { OrganisationEntity } from './organisation.entity';
import type { UserEntity } from './user.entity';

@Resolver(() => UserModel)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      "starts an employer's sign-up; always true: the address gets a verification link, or, when it already has an account, a mail saying so",
  })
  registerEmployer(@Args('input') input: SignUpEmployerInput, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return this.accounts.registerEmployer(input, clientAddressOf(ctx));
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: "completes a sign-up from the link's token and signs the employer in",
  })
  async verifyEmail(@Args('token') token: string, @Ctx() ctx: GraphQLContext): Promise<AuthPayloadModel> {
    return startSession(ctx, this.sessions, await this.accounts.verifyEmail(token, clientAddressOf(ctx)));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'always true; a reset link goes to the address when an account has it' })
  requestPasswordReset(@Args('email') email: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return this.accounts.requestPasswordReset(email, clientAddressOf(ctx));
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: "sets a new password from the link's token, ends the account's other sessions, and signs in",
  })
  async resetPassword(
    @Args('token') token: string,
    @Args('newPassword') newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthPayloadModel> {
    return startSession(
      ctx,
      this.sessions,
      await this.accounts.resetPassword(token, newPassword, clientAddressOf(ctx)),
    );
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: "the invited user sets a password from the invitation's token and is signed in",
  })
  async acceptInvitation(
    @Args('token') token: string,
    @Args('password') password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthPayloadModel> {
    return startSession(
      ctx,
      this.sessions,
      await this.accounts.acceptInvitation(token, password, clientAddressOf(ctx)),
    );
  }

  @Roles(Role.EMPLOYER, Role.COORDINATOR)
  @Mutation(() => NotificationSettingsModel, { description: "EMPLOYER, COORDINATOR: the caller's own settings" })
  async updateNotificationSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: NotificationSettingsInput,
  ): Promise<NotificationSettingsModel> {
    return settingsOf(await this.accounts.updateNotificationSettings(viewer, input));
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description:
      'development and tests only: an account at once, without verifying the address; FORBIDDEN in production (use registerEmployer)',
  })
  async signUpEmployer(
    @Args('input') input: SignUpEmployerInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthPayloadModel> {
    return startSession(ctx, this.sessions, await this.accounts.signUpEmployer(input, clientAddressOf(ctx)));
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthPayloadModel> {
    return startSession(ctx, this.sessions, await this.accounts.login(email, password, clientAddressOf(ctx)));
  }

  @Mutation(() => Boolean, {
    description:
      "ends the caller's current session, cookie or bearer token alike: the same credential is refused afterwards",
  })
  async logout(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (ctx.session) await this.sessions.end(ctx.session.id);
    ctx.responseCookie = this.sessions.cookie('');
    return true;
  }

  @Mutation(() => Boolean, { description: "ends every session of the caller's account, this one included" })
  async logoutEverywhere(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    await this.sessions.endAll(viewer.userId);
    ctx.responseCookie = this.sessions.cookie('');
    return true;
  }

  @Mutation(() => UserModel, { description: "the caller's own preferences: the language of the pages and messages" })
  updateMyPreferences(
    @CurrentViewer() viewer: Viewer,
    @Args('preferredLanguage', { type: () => Language }) preferredLanguage: Language,
  ): Promise<UserEntity> {
    return this.accounts.updatePreferences(viewer, preferredLanguage);
  }

  @Query(() => UserModel)
  async me(@CurrentViewer() viewer: Viewer): Promise<UserEntity> {
    const user = await this.accounts.userById(viewer.userId);
    if (!user) throw new NotFoundError('Your account');
    return user;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => OrganisationModel, { description: 'ADMIN' })
  createOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<OrganisationEntity> {
    return this.accounts.createOrganisation(viewer, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => OrganisationModel, {
    description: 'ADMIN: an employer organisation is verified; from now on its users see candidates (idempotent)',
  })
  verifyOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OrganisationEntity> {
    return this.accounts.verifyOrganisation(viewer, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserModel, { description: 'ADMIN' })
  createUser(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateUserInput): Promise<UserEntity> {
    return this.accounts.createUser(viewer, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserModel, {
    description:
      "ADMIN: an employer's or coordinator's role, organisation or language; a new role or organisation ends the account's sessions",
  })
  updateUser(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateUserInput,
  ): Promise<UserEntity> {
    return this.accounts.updateUser(viewer, id, input);
  }

  @ResolveField(() => Date, {
    nullable: true,
    description:
      'when the current session ends unless it is used again (idle limit), and at the latest (absolute limit)',
  })
  sessionExpiresAt(@Parent() user: UserModel, @Ctx() ctx: GraphQLContext): Date | null {
    return ctx.session?.userId === user.id ? ctx.session.expiresAt : null;
  }

  @ResolveField(() => NotificationSettingsModel, {
    nullable: true,
    description: "the caller's own settings (employers and coordinators); null for anyone else's account",
  })
  notificationSettings(@Parent() user: UserEntity, @Ctx() ctx: GraphQLContext): NotificationSettingsModel | null {
    if (ctx.session?.userId !== user.id) return null;
    if (user.role !== Role.EMPLOYER && user.role !== Role.COORDINATOR) return null;
    if (typeof user.notifyProposals !== 'boolean') return null;
    return settingsOf(user);
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  organisation(@Parent() user: UserModel, @Ctx() ctx: GraphQLContext): Promise<OrganisationEntity | null> | null {
    if (!user.organisationId) return null;
    return organisationLoader(ctx, this.accounts).load(user.organisationId);
  }
}

/**
 * Organisation's fields that depend on who asks. `verifiedAt` is for the organisation's own users, ADMINs and
 * coordinators (who see whether an employer is verified before proposing); anyone else reaching an organisation
 * (another employer through a published job, a client through an offer) gets FORBIDDEN on the field. The answer of a
 * sign-in or sign-up, which has no caller yet, shows it to the user who has just signed in.
 */
@Resolver(() => OrganisationModel)
export class OrganisationResolver {
  constructor(private readonly accounts: AccountsService) {}

  @ResolveField(() => Date, {
    nullable: true,
    description:
      'employers: when an ADMIN verified the organisation; null while unverified, and then its users see how many candidates fit but no candidate',
  })
  async verifiedAt(@Parent() organisation: OrganisationModel, @Ctx() ctx: GraphQLContext): Promise<Date | null> {
    const viewer = ctx.viewer;
    const justSignedIn = !viewer && ctx.session ? await this.accounts.userById(ctx.session.userId) : null;
    const mayKnow = viewer
      ? viewer.role === Role.ADMIN || viewer.role === Role.COORDINATOR || viewer.organisationId === organisation.id
      : justSignedIn?.organisationId === organisation.id;
    if (!mayKnow) throw new ForbiddenError("Only the organisation's own users, admins and coordinators see this.");
    return organisation.verifiedAt;
  }
}

function settingsOf(user: UserEntity): NotificationSettingsModel {
  return {
    proposals: user.notifyProposals,
    introductions: user.notifyIntroductions,
    offerAnswers: user.notifyOfferAnswers,
    reminders: user.notifyReminders,
  };
}
