import { Module } from '@nestjs/common';
import { AttentionResolver } from './attention.resolver';
import { AttentionService } from './attention.service';

/** The coordinator's needs-attention page: waiting requests, client answers since the last visit, stale work. */
@Module({
  providers: [AttentionService, AttentionResolver],
})
export class AttentionModule {}
