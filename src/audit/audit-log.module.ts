import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from './audit.module';
import { AuditResolver } from './audit.resolver';

/** The audit log in the API: the auditLog query and the organisation each event concerns. */
@Module({
  imports: [AuditModule, AccountsModule],
  providers: [AuditResolver],
})
export class AuditLogModule {}
