import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, Public, Roles } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import { NotFoundError } from '../common/errors/domain-error';
import { clientAddressOf, type GraphQLContext } from '../common/graphql/context';
import { AccountsService } from './accounts.service';
import { AuthPayloadModel, OrganisationModel, UserModel } from './accounts.model';
import { CreateOrganisationInput, CreateUserInput, SignUpEmployerInput } from './dto/accounts.input';
import type { OrganisationEntity } from './organisation.entity';
import type { UserEntity } from './user.entity';

@Resolver(() => UserModel)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Mutation(() => AuthPayloadModel)
  signUpEmployer(@Args('input') input: SignUpEmployerInput, @Ctx() ctx: GraphQLContext): Promise<AuthPayloadModel> {
    return this.accounts.signUpEmployer(input, clientAddressOf(ctx));
  }

  @Public()
  @Mutation(() => AuthPayloadModel)
  login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthPayloadModel> {
    return this.accounts.login(email, password, clientAddressOf(ctx));
  }

  @Query(() => UserModel)
  async me(@CurrentViewer() viewer: Viewer): Promise<UserEntity> {
    const user = await this.accounts.userById(viewer.userId);
    if (!user) throw new NotFoundError('Your account');
    return user;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => OrganisationModel, { description: 'ADMIN' })
  createOrganisation(@Args('input') input: CreateOrganisationInput): Promise<OrganisationEntity> {
    return this.accounts.createOrganisation(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserModel, { description: 'ADMIN' })
  createUser(@Args('input') input: CreateUserInput): Promise<UserEntity> {
    return this.accounts.createUser(input);
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  organisation(@Parent() user: UserModel, @Ctx() ctx: GraphQLContext): Promise<OrganisationEntity | null> | null {
    if (!user.organisationId) return null;
    return organisationLoader(ctx, this.accounts).load(user.organisationId);
  }
}

/** Organisations by id, batched per request. */
export function organisationLoader(ctx: GraphQLContext, accounts: AccountsService) {
  return ctx.loaders.get<string, OrganisationEntity | null>('organisation', async (ids) => {
    const found = new Map((await accounts.organisationsByIds(ids)).map((o) => [o.id, o]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
