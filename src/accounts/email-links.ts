import { createHash, randomBytes } from 'node:crypto';
import { UnauthenticatedError } from '../common/errors/domain-error';

/** What a mailed link is for; each purpose has its own page and lifetime. */
export enum LinkPurpose {
  SIGN_UP = 'SIGN_UP',
  PASSWORD_RESET = 'PASSWORD_RESET',
  INVITATION = 'INVITATION',
}

/** How long each link works: a day to verify a sign-up, 30 minutes to reset a password, a week for an invitation. */
export const LINK_LIFETIME_SECONDS: Record<LinkPurpose, number> = {
  [LinkPurpose.SIGN_UP]: 24 * 3600,
  [LinkPurpose.PASSWORD_RESET]: 30 * 60,
  [LinkPurpose.INVITATION]: 7 * 24 * 3600,
};

/** The web app's page of each link. */
export const LINK_PATH: Record<LinkPurpose, string> = {
  [LinkPurpose.SIGN_UP]: '/verify-email',
  [LinkPurpose.PASSWORD_RESET]: '/reset-password',
  [LinkPurpose.INVITATION]: '/accept-invitation',
};

/** Where the "someone tried to sign up with your address" mail points: the request for a new password. */
export const FORGOT_PASSWORD_PATH = '/forgot-password';

/** The longest token the API looks up; a real one is 43 characters. */
export const LINK_TOKEN_MAX_LENGTH = 100;

/** A new link token (256 random bits, base64url) and the hash that is all the database keeps of it. */
export function newLinkToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export function linkPath(purpose: LinkPurpose, token: string): string {
  return `${LINK_PATH[purpose]}?token=${encodeURIComponent(token)}`;
}

/** Why a link signs no one in: unknown, past its time, or used already (each link works once). */
export type LinkFailure = 'LINK_WRONG' | 'LINK_EXPIRED' | 'LINK_USED';

const FAILURE_MESSAGES: Record<LinkFailure, string> = {
  LINK_WRONG: 'This link does not work. Copy the whole link from the mail, or ask for a new one.',
  LINK_EXPIRED: 'This link is too old. Ask for a new one.',
  LINK_USED: 'This link has been used already. Ask for a new one, or sign in.',
};

/** A mailed link that does not work, with `extensions.reason` saying why, so that the page says what to do. */
export class InvalidLinkError extends UnauthenticatedError {
  constructor(readonly reason: LinkFailure) {
    super(FAILURE_MESSAGES[reason], { reason });
  }
}
