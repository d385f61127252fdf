import { Module } from '@nestjs/common';
import { AccommodationResolver, DemandResolver, TaskTypeResolver } from './taxonomy.resolver';
import { TaxonomyService } from './taxonomy.service';

@Module({
  providers: [TaxonomyService, AccommodationResolver, DemandResolver, TaskTypeResolver],
  exports: [TaxonomyService],
})
export class TaxonomyModule {}
