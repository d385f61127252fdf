import { ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';

/** No such proposal, or not one the caller is a party to: the two are never told apart. */
export class ProposalNotFoundError extends NotFoundError {
  constructor() {
    super('The proposal');
  }
}

/** No such candidate for the caller: a profile they cannot see, or that does not exist. */
export class CandidateNotFoundError extends NotFoundError {
  constructor() {
    super('The candidate');
  }
}

/** The caller is a party to the proposal, but the move is the other side's. */
export class NotYourTurnError extends ForbiddenError {
  constructor(awaited: 'employer' | 'coordinator') {
    super(`The proposal is waiting for the ${awaited}: only the ${awaited} can accept or decline it.`);
  }
}

/** An employer acting on a job of another organisation that they can see (a PUBLISHED one). */
export class NotOwnJobError extends ForbiddenError {
  constructor() {
    super('Only the organisation that posted the job can ask to be introduced to its candidates.');
  }
}

/** The move is not allowed now: the proposal's status, the client's consent, the profile's or the job's status. */
export class ProposalConflictError extends ConflictError {}
