/** What is wrong with a Finnish business ID (Y-tunnus) as typed, for the sign-up page to explain. */
export type BusinessIdCheck =
  | { ok: true; normalised: string }
  | { ok: false; problem: 'FORMAT' }
  | { ok: false; problem: 'NO_SUCH_NUMBER' }
  | { ok: false; problem: 'CHECK_DIGIT'; expected: string; typed: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/**
 * Checks a business ID the way the API does: seven digits, a dash and a check digit (a missing leading zero and
 * spaces are forgiven). The check digit is the weighted sum of the seven digits modulo 11, taken from 11; a
 * remainder of 1 gives no valid ID at all.
 */
export function checkBusinessId(typed: string): BusinessIdCheck {
  const compact = typed.replace(/\s+/g, '');
  const match = /^(\d{6,7})-(\d)$/.exec(compact);
  if (!match) return { ok: false, problem: 'FORMAT' };
  const digits = match[1].padStart(7, '0');
  const remainder = WEIGHTS.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0) % 11;
  if (remainder === 1) return { ok: false, problem: 'NO_SUCH_NUMBER' };
  const expected = String(remainder === 0 ? 0 : 11 - remainder);
  if (expected !== match[2]) return { ok: false, problem: 'CHECK_DIGIT', expected, typed: match[2] };
  return { ok: true, normalised: `${digits}-${expected}` };
}

export const PASSWORD_MIN_LENGTH = 10;
