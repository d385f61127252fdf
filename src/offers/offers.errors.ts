import { ConflictError, NotFoundError } from '../common/errors/domain-error';

/** No such offer, or not one made to the caller: the two are never told apart. */
export class OfferNotFoundError extends NotFoundError {
  constructor() {
    super('The offer');
  }
}

/** The offer cannot be made or answered now (job status, an open offer already, a withdrawn offer). */
export class OfferConflictError extends ConflictError {}
