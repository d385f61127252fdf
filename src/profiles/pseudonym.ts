import { randomInt } from 'node:crypto';

/**
 * Characters of a pseudonym: digits and capitals without the ones read or heard as another (0/O, 1/I/L), so a
 * coordinator and an employer can read a code to each other over the phone.
 */
export const PSEUDONYM_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const PSEUDONYM_LENGTH = 5;
export const PSEUDONYM_FORMAT = new RegExp(`^C-[${PSEUDONYM_ALPHABET}]{${PSEUDONYM_LENGTH}}$`);

/**
 * A random pseudonym such as C-7K3QX: 31^5 (about 28.6 million) codes, drawn with the system's CSPRNG, so codes
 * neither follow each other nor tell how many profiles there are. Uniqueness is the database's unique index;
 * the caller draws again when it collides.
 */
export function newPseudonym(): string {
  let code = 'C-';
  for (let i = 0; i < PSEUDONYM_LENGTH; i++) code += PSEUDONYM_ALPHABET[randomInt(PSEUDONYM_ALPHABET.length)];
  return code;
}
