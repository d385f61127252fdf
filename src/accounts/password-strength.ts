import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/** zxcvbn's scale: 0 too guessable … 4 very unguessable. Below this a password is refused. */
export const PASSWORD_MIN_SCORE = 3;

let estimator: ZxcvbnFactory | null = null;

/** Built on first use: the dictionaries take a moment to load, and the worker never needs them. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator;
}

/** What makes a password guessable, in words, from zxcvbn's warning. */
const WHY: Record<string, string> = {
  topTen: 'it is one of the most common passwords',
  topHundred: 'it is one of the most common passwords',
  common: 'it is a common password',
  similarToCommon: 'it is close to a common password',
  wordByItself: 'it is a single word',
  namesByThemselves: 'it is a name',
  commonNames: 'it is a common name',
  userInputs: 'it contains your email address or your organisation’s name',
  simpleRepeat: 'it repeats characters',
  extendedRepeat: 'it repeats a pattern',
  sequences: 'it is a sequence such as abc or 123',
  straightRow: 'it is a row of keys',
  keyPattern: 'it is a keyboard pattern',
  recentYears: 'it is a year',
  dates: 'it is a date',
  pwned: 'it has been leaked',
};

/**
 * Why a password is too easy to guess, or null when it is strong enough: zxcvbn's estimate (common passwords,
 * names, repeats, sequences, keyboard patterns, dates) with the account's own email and organisation name as
 * words an attacker would try first, refused below PASSWORD_MIN_SCORE.
 */
export function weakPasswordProblem(password: string, userInputs: readonly string[]): string | null {
  const words = userInputs.flatMap((input) => [input, ...input.toLowerCase().split(/[^\p{L}\p{N}]+/u)]);
  const result = zxcvbn().check(
    password,
    words.filter((word) => word.length >= 3),
  );
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  const why = result.feedback.warning ? WHY[result.feedback.warning] : undefined;
  return `is too easy to guess${why ? `: ${why}` : ''}; use a longer one, for example a few unrelated words`;
}
