import type { ProfileStatus as ApiProfileStatus } from '../../../../src/profiles/profile.enums';
import { PROFILE_TRANSITIONS } from '../../../../src/profiles/profile-status';
import type { ProfileStatus } from '../../generated/graphql';

/**
 * The statuses a profile may move to from `status`: the API's own table (setProfileStatus refuses any other), so
 * the page offers exactly the moves that work. ARCHIVED is final: none.
 */
export function allowedMoves(status: ProfileStatus): ProfileStatus[] {
  return PROFILE_TRANSITIONS[status as ApiProfileStatus].map((next) => next as string as ProfileStatus);
}

/** Whether the profile's content can still be changed (updateProfile refuses an archived profile). */
export function editable(status: ProfileStatus | null): boolean {
  return status !== 'ARCHIVED';
}
