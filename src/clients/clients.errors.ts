import { NotFoundError } from '../common/errors/domain-error';

/** No such client, or not one the caller may see: the two are never told apart. */
export class ClientNotFoundError extends NotFoundError {
  constructor() {
    super('The client');
  }
}

/**
 * A stored identity that is missing or does not open (the key changed, or the ciphertext was moved from another
 * row). Not a domain error on purpose: it is a fault to log and fix. The message carries the client's id only.
 */
export class IdentityUnreadableError extends Error {
  constructor(clientId: string, problem = 'cannot be decrypted') {
    super(`the identity of client ${clientId} ${problem}`);
    this.name = 'IdentityUnreadableError';
  }
}
