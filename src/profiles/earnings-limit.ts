import type { StoredEarningsLimit } from '../benefits/earnings';
import type { ProfileEntity } from './profile.entity';

export type StoredLimitColumns =
  'earningsBasis' | 'earningsFixedEur' | 'earningsPrePensionEur' | 'earningsSharePercent';

/** The limit columns of a profile as earnings.ts reads them. */
export function storedLimitOf(profile: Pick<ProfileEntity, StoredLimitColumns>): StoredEarningsLimit {
  return {
    basis: profile.earningsBasis,
    fixedEur: profile.earningsFixedEur,
    prePensionEur: profile.earningsPrePensionEur,
    sharePercent: profile.earningsSharePercent,
  };
}
