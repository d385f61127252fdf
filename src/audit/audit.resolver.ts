import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsService } from '../accounts/accounts.service';
import { organisationLoader } from '../accounts/accounts.loaders';
import { OrganisationModel } from '../accounts/accounts.model';
import type { OrganisationEntity } from '../accounts/organisation.entity';
import { Ctx, CurrentViewer, Roles } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import type { GraphQLContext } from '../common/graphql/context';
import type { Connection } from '../common/graphql/pagination';
import { AuditEventConnection, AuditEventModel, AuditLogArgs } from './audit.model';
import { AuditService } from './audit.service';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly accounts: AccountsService,
  ) {}

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => AuditEventConnection, {
    description: 'ADMIN: every event; COORDINATOR: events concerning the own service provider',
  })
  auditLog(@CurrentViewer() viewer: Viewer, @Args() args: AuditLogArgs): Promise<Connection<AuditEventModel>> {
    return this.audit.list(viewer, args);
  }

  /** The organisation the event concerns: a coordinator only reads events of their own provider. */
  @ResolveField(() => OrganisationModel, { nullable: true })
  organisation(
    @Parent() event: AuditEventModel,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganisationEntity | null> | null {
    if (!event.organisationId) return null;
    return organisationLoader(ctx, this.accounts).load(event.organisationId);
  }
}
