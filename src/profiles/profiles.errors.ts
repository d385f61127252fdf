import { ConflictError, NotFoundError } from '../common/errors/domain-error';
import type { ProfileStatus } from './profile.enums';

/** No such profile, or not one the caller may see: the two are never told apart. */
export class ProfileNotFoundError extends NotFoundError {
  constructor() {
    super('The profile');
  }
}

/** `expectedVersion` is behind: someone else changed the profile in the meantime. */
export class StaleProfileVersionError extends ConflictError {
  constructor(currentVersion: number) {
    super(
      `The profile has changed since you loaded it (version ${currentVersion} now). Load it again and make your change there.`,
      'STALE_VERSION',
      { currentVersion },
    );
  }
}

/** The profile's status does not allow this now. */
export class ProfileStatusConflictError extends ConflictError {
  constructor(status: ProfileStatus, message: string) {
    super(message, 'INVALID_TRANSITION', { status });
  }
}
