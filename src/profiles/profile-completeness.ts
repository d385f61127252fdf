import type { ProfileRecord } from '../matching/encoding';
import { ProfileStatus } from './profile.enums';

/** The fields a profile must have before it can be activated, by their names in ProfileInput. */
export const ACTIVATION_FIELDS = [
  'summary',
  'hoursPerWeekMin',
  'hoursPerWeekMax',
  'availability',
  'municipalityCode',
] as const;
export type ActivationField = (typeof ACTIVATION_FIELDS)[number];

/** What completeness reads of a profile, stored (ProfileEntity) or checked (CheckedProfile). */
export interface CompletenessShape {
  summary: string;
  hoursMin: number | null;
  hoursMax: number | null;
  availability: readonly unknown[];
  municipalityCode: string | null;
}

/**
 * What the profile lacks to be activated, in ACTIVATION_FIELDS order; empty when it is complete. A DRAFT may lack
 * anything; every other status but ARCHIVED needs all of them (capacity_profile_complete_check).
 */
export function missingForActivation(profile: CompletenessShape): ActivationField[] {
  const missing: ActivationField[] = [];
  if (profile.summary.trim() === '') missing.push('summary');
  if (profile.hoursMin === null) missing.push('hoursPerWeekMin');
  if (profile.hoursMax === null) missing.push('hoursPerWeekMax');
  if (profile.availability.length === 0) missing.push('availability');
  if (profile.municipalityCode === null || profile.municipalityCode === '') missing.push('municipalityCode');
  return missing;
}

/** Whether a profile of this status may be incomplete. */
export function mayBeIncomplete(status: ProfileStatus): boolean {
  return status === ProfileStatus.DRAFT || status === ProfileStatus.ARCHIVED;
}

/** What the matching columns are computed from, when the profile has all of it; null while it is incomplete. */
export function completeRecordOf(
  profile: CompletenessShape & Omit<ProfileRecord, 'hoursMin' | 'hoursMax' | 'municipalityCode'>,
): ProfileRecord | null {
  const { hoursMin, hoursMax, municipalityCode } = profile;
  if (missingForActivation(profile).length > 0 || hoursMin === null || hoursMax === null || !municipalityCode)
    return null;
  return {
    accommodationNeeds: profile.accommodationNeeds,
    restrictions: profile.restrictions,
    abilities: profile.abilities,
    hoursMin,
    hoursMax,
    availability: profile.availability,
    municipalityCode,
    maxCommuteKm: profile.maxCommuteKm,
    remoteOnly: profile.remoteOnly,
  };
}
