import { createHmac, hkdfSync, randomInt } from 'node:crypto';

/**
 * Characters of an access code: digits and capitals without the ones read or heard as another (0/O, 1/I/L), so a
 * coordinator can read a code aloud and a client can type it from paper.
 */
export const ACCESS_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 12 characters of 31: 31^12, about 2^59.4 codes. */
export const ACCESS_CODE_LENGTH = 12;
export const ACCESS_CODE_GROUP_LENGTH = 4;
/** Longer input is refused as bad input before anything is looked up: no code, however spaced, is this long. */
export const ACCESS_CODE_INPUT_MAX_LENGTH = 40;
export const ACCESS_CODE_VALID_DAYS = 7;

const CODE_SHAPE = new RegExp(`^[${ACCESS_CODE_ALPHABET}]{${ACCESS_CODE_LENGTH}}$`);
/** Whitespace and the dashes people type or paste between the groups (hyphen, the Unicode dashes, minus). */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g;

/** A canonical code as the client is shown it: groups of four joined by hyphens, e.g. 7K3Q-MX4P-9TRA. */
export function formatAccessCode(code: string): string {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += ACCESS_CODE_GROUP_LENGTH) {
    groups.push(code.slice(i, i + ACCESS_CODE_GROUP_LENGTH));
  }
  return groups.join('-');
}

/**
 * A new code in canonical form (format it to show it), drawn character by character with the system's CSPRNG
 * (randomInt has no modulo bias).
 */
export function newAccessCode(): string {
  let code = '';
  for (let i = 0; i < ACCESS_CODE_LENGTH; i++) code += ACCESS_CODE_ALPHABET[randomInt(ACCESS_CODE_ALPHABET.length)];
  return code;
}

/**
 * The code a client typed, in its canonical form (capitals, no spaces or dashes), or null when it cannot be a code
 * at all; the caller treats both a null and an unknown code as a wrong code.
 */
export function normaliseAccessCode(input: string): string | null {
  const code = input.replace(SEPARATORS, '').toUpperCase();
  return CODE_SHAPE.test(code) ? code : null;
}

/**
 * The key of the code hashes, derived from the JWT secret (HKDF-SHA256, its own label), so that a copy of the
 * database alone cannot test guesses against the stored hashes. Rotating the secret voids every unused code, as it
 * voids every token.
 */
export function accessCodeKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'jobcenter', 'client-access-code/v1', 32));
}

/** The stored form of a canonical code: HMAC-SHA256 under the derived key, hex. */
export function hashAccessCode(key: Buffer, canonicalCode: string): string {
  return createHmac('sha256', key).update(canonicalCode, 'utf8').digest('hex');
}
