import { Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AccountsModule } from './accounts/accounts.module';
import { AttentionModule } from './attention/attention.module';
import { BenefitsModule } from './benefits/benefits.module';
import { AdminBootstrap } from './accounts/admin-bootstrap';
import { AuthGuard } from './accounts/auth.guard';
import { AuditLogModule } from './audit/audit-log.module';
import { ClientAccessModule } from './client-access/client-access.module';
import { ClientsModule } from './clients/clients.module';
import { InputValidationPipe } from './common/errors/validation.pipe';
import { AppGraphQLModule } from './common/graphql/graphql.module';
import { CoreModule } from './core.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { MatchingModule } from './matching/matching.module';
import { MetricsModule } from './metrics/metrics.module';
import { OffersModule } from './offers/offers.module';
import { ProfilesModule } from './profiles/profiles.module';
import { ProposalsModule } from './proposals/proposals.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';

/** The API process: GraphQL over HTTP, health and metrics. */
@Module({
  imports: [
    CoreModule,
    MetricsModule,
    AppGraphQLModule,
    HealthModule,
    TaxonomyModule,
    AccountsModule,
    AuditLogModule,
    BenefitsModule,
    JobsModule,
    ClientsModule,
    ProfilesModule,
    MatchingModule,
    OffersModule,
    ProposalsModule,
    ClientAccessModule,
    AttentionModule,
  ],
  // Every operation of the API passes the pipe (input validation) and the guard (sign-in and @Roles), declared
  // here with the API rather than inside a feature, so no feature's import order decides them.
  providers: [
    { provide: APP_PIPE, useClass: InputValidationPipe },
    { provide: APP_GUARD, useClass: AuthGuard },
    AdminBootstrap,
  ],
})
export class ApiModule {}
