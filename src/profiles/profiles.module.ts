import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module';
import { MatchingRequestsModule } from '../matching/matching-requests.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import {
  AbilityResolver,
  AccommodationNeedResolver,
  ClientProfilesResolver,
  ProfilesResolver,
  RestrictionResolver,
} from './profiles.resolver';
import { ProfilesService } from './profiles.service';

/** Capacity profiles: the coordinator's view (CapacityProfile) and the anonymised one (CandidateProfile). */
@Module({
  imports: [ClientsModule, TaxonomyModule, MatchingRequestsModule],
  providers: [
    ProfilesService,
    ProfilesResolver,
    ClientProfilesResolver,
    AbilityResolver,
    RestrictionResolver,
    AccommodationNeedResolver,
  ],
  exports: [ProfilesService],
})
export class ProfilesModule {}
