import { Module } from '@nestjs/common';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { MailModule } from '../mail/mail.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { AuditModule } from '../audit/audit.module';
import { AccountsResolver, OrganisationResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { TokenService } from './token.service';

@Module({
  imports: [TaxonomyModule, AuditModule, MailModule],
  providers: [
    AccountsService,
    AccountsResolver,
    OrganisationResolver,
    PasswordService,
    TokenService,
    SessionService,
    RateLimitService,
  ],
  exports: [AccountsService, PasswordService, TokenService, SessionService, RateLimitService],
})
export class AccountsModule {}
