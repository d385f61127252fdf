import { BadInputError, UnauthenticatedError } from '../common/errors/domain-error';
import { ACCESS_CODE_INPUT_MAX_LENGTH } from './access-code';

/** Why a code signs no one in: unknown (wrong, or replaced by a newer code), past its 7 days, or used already. */
export type AccessCodeFailure = 'ACCESS_CODE_WRONG' | 'ACCESS_CODE_EXPIRED' | 'ACCESS_CODE_USED';

const FAILURE_MESSAGES: Record<AccessCodeFailure, string> = {
  ACCESS_CODE_WRONG: 'This code is not right. Check it, or ask your coordinator for a new one.',
  ACCESS_CODE_EXPIRED: 'This code is too old. Ask your coordinator for a new one.',
  ACCESS_CODE_USED: 'This code has been used already. Ask your coordinator for a new one.',
};

/**
 * A code that does not sign anyone in, with `extensions.reason` saying why, so that the client is told what to do.
 * Telling an expired or used code from a wrong one says that such a code existed; with codes of 2^59 and wrong
 * codes rate-limited per address, that helps no guesser, and an old code signs no one in.
 */
export class InvalidAccessCodeError extends UnauthenticatedError {
  constructor(readonly reason: AccessCodeFailure) {
    super(FAILURE_MESSAGES[reason], { reason });
  }
}

/** Input far longer than any code, however spaced: refused before anything is looked up. */
export class AccessCodeTooLongError extends BadInputError {
  constructor() {
    super([
      { field: 'code', message: `must be at most ${ACCESS_CODE_INPUT_MAX_LENGTH} characters`, reason: 'TOO_LONG' },
    ]);
  }
}
