import { ProfileStatus } from './profile.enums';

/**
 * The moves setProfileStatus allows. ARCHIVED is final; PLACED may go back to ACTIVE when the placement ends.
 */
export const PROFILE_TRANSITIONS: Readonly<Record<ProfileStatus, readonly ProfileStatus[]>> = {
  [ProfileStatus.DRAFT]: [ProfileStatus.ACTIVE, ProfileStatus.ARCHIVED],
  [ProfileStatus.ACTIVE]: [ProfileStatus.PAUSED, ProfileStatus.PLACED, ProfileStatus.ARCHIVED],
  [ProfileStatus.PAUSED]: [ProfileStatus.ACTIVE, ProfileStatus.PLACED, ProfileStatus.ARCHIVED],
  [ProfileStatus.PLACED]: [ProfileStatus.ACTIVE, ProfileStatus.ARCHIVED],
  [ProfileStatus.ARCHIVED]: [],
};

/** Why a profile cannot move from `from` to `to`, or null when it can. */
export function transitionRefusal(from: ProfileStatus, to: ProfileStatus): string | null {
  if (from === to) return `The profile is already ${to}.`;
  if (PROFILE_TRANSITIONS[from].includes(to)) return null;
  if (from === ProfileStatus.ARCHIVED) return 'The profile is ARCHIVED: an archived profile cannot change.';
  return `A ${from} profile cannot become ${to}: it can become ${PROFILE_TRANSITIONS[from].join(' or ')}.`;
}
