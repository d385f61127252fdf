import { Module } from '@nestjs/common';
import { BenefitsModule } from '../benefits/benefits.module';
import { EarningsLimitsWatcher } from './earnings-limits.watcher';
import { ProfilesModule } from './profiles.module';

/** The worker side of profiles: the earnings limits follow the rules of the day. */
@Module({
  imports: [ProfilesModule, BenefitsModule],
  providers: [EarningsLimitsWatcher],
})
export class ProfilesWorkerModule {}
