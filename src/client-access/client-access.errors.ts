import { BadInputError, UnauthenticatedError } from '../common/errors/domain-error';
import { ACCESS_CODE_INPUT_MAX_LENGTH } from './access-code';

/**
 * A code that does not sign anyone in: wrong, expired, used, or replaced by a newer one. One message for all, so
 * that a guesser learns nothing about which codes exist.
 */
export class InvalidAccessCodeError extends UnauthenticatedError {
  constructor() {
    super('This code is not valid. Ask your coordinator for a new one.');
  }
}

/** Input far longer than any code, however spaced: refused before anything is looked up. */
export class AccessCodeTooLongError extends BadInputError {
  constructor() {
    super([{ field: 'code', message: `must be at most ${ACCESS_CODE_INPUT_MAX_LENGTH} characters` }]);
  }
}
