import { Module } from '@nestjs/common';
import { BenefitsModule } from '../benefits/benefits.module';
import { ClientsModule } from '../clients/clients.module';
import { MatchingRequestsModule } from '../matching/matching-requests.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import {
  AbilityResolver,
  AccommodationNeedResolver,
  ClientProfilesResolver,
  ProfileEarningsResolver,
  ProfilesResolver,
  RestrictionResolver,
} from './profiles.resolver';
import { ProfilesService } from './profiles.service';

/** Capacity profiles: the coordinator's view (CapacityProfile) and the anonymised one (CandidateProfile). */
@Module({
  imports: [ClientsModule, TaxonomyModule, MatchingRequestsModule, BenefitsModule],
  providers: [
    ProfilesService,
    ProfilesResolver,
    ClientProfilesResolver,
    AbilityResolver,
    RestrictionResolver,
    AccommodationNeedResolver,
    ProfileEarningsResolver,
  ],
  exports: [ProfilesService],
})
export class ProfilesModule {}
