import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/**
 * The audit log's writes and reads (AuditService), for the features that record events (accounts, access log).
 * The GraphQL side (auditLog, AuditEvent.organisation) is AuditLogModule's, which needs the accounts feature.
 */
@Module({
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
