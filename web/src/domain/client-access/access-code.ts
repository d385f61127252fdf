/**
 * The code a client types, as the API reads it: the API accepts spaces, dashes and lower case, and so does this
 * page (the same rules as src/client-access/access-code.ts on the server, for early feedback only).
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ACCESS_CODE_LENGTH = 12;
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g;
const SHAPE = new RegExp(`^[${ALPHABET}]{${ACCESS_CODE_LENGTH}}$`);

/** Capitals, without the spaces and dashes people type or paste between the groups. */
export function normaliseAccessCode(input: string): string {
  return input.replace(SEPARATORS, '').toUpperCase();
}

export type CodeProblem = 'EMPTY' | 'TOO_SHORT' | 'TOO_LONG' | 'BAD_CHARACTERS' | null;

/** What is wrong with a typed code before it is sent, or null when it has a code's shape. */
export function codeProblem(input: string): CodeProblem {
  const code = normaliseAccessCode(input);
  if (code.length === 0) return 'EMPTY';
  if (SHAPE.test(code)) return null;
  if ([...code].some((c) => !ALPHABET.includes(c))) return 'BAD_CHARACTERS';
  return code.length < ACCESS_CODE_LENGTH ? 'TOO_SHORT' : 'TOO_LONG';
}
