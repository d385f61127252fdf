import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/**
 * The audit log's writes and reads. Its GraphQL resolver (auditLog, AuditEvent.organisation) is provided by
 * AccountsModule, which writes most events and owns the organisation loader the events resolve through.
 */
@Module({
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
