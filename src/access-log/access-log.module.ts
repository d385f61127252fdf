import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AccessLogService } from './access-log.service';

@Module({
  imports: [AuditModule],
  providers: [AccessLogService],
  exports: [AccessLogService],
})
export class AccessLogModule {}
