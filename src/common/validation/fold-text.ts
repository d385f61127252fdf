/**
 * Text folded for a privacy check: what a reader sees, without the tricks that hide it from a pattern. Used only
 * to check text, never stored or shown.
 *
 * - Unicode NFKC: full-width and mathematical letters and digits, ligatures and other compatibility forms become
 *   the plain ones (`Ｍａｔｔｉ` → `Matti`, `０４０` → `040`, `＠` → `@`).
 * - Text inside a right-to-left override (U+202E … U+202C) is read in the order it is shown, reversed.
 * - Invisible format characters go: zero-width spaces and joiners, word joiners, the byte-order mark, soft hyphens
 *   and every bidirectional control (right-to-left overrides and isolates), all of Unicode's category Cf.
 * - Look-alikes of Latin letters from Cyrillic and Greek become the Latin letter (`Мatti` with a Cyrillic М).
 * - Accents are dropped and everything is lower case, so `Mäkinen`, `MAKINEN` and `makinen` compare equal.
 * - Whitespace of any kind is one space.
 */
export function foldText(text: string): string {
  const plain = text
    .normalize('NFKC')
    // What a right-to-left override shows is its characters in reverse order: check what the reader sees.
    .replace(RIGHT_TO_LEFT_OVERRIDE, (_, inside: string) => [...inside].reverse().join(''))
    .replace(/\p{Cf}/gu, '')
    .replace(CONFUSABLE, (char) => CONFUSABLES[char] ?? char)
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .normalize('NFC')
    .toLowerCase();
  return plain.replace(/\s+/gu, ' ').trim();
}

/**
 * Letters written one by one with spaces, dots, dashes or stars between them (`m a t t i`, `M.A.T.T.I`) joined
 * into one word, for a check that looks for words. Three letters or more; single letters next to a longer word are
 * left alone.
 */
export function joinSpacedLetters(text: string): string {
  return text.replace(SPACED_LETTERS, (run) => run.replace(/[^\p{L}]/gu, ''));
}

/** Letters and digits written together (`matti1985`) split apart, so that a word check sees the word. */
export function splitDigitsFromLetters(text: string): string {
  return text.replace(/(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/gu, ' ');
}

const RIGHT_TO_LEFT_OVERRIDE = /\u202E([^\u202A-\u202E\u2066-\u2069]*)(?:\u202C|$)/gu;

const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:[ .*_·•-]{1,3}\p{L}(?![\p{L}\p{N}])){2,}/gu;

/** Cyrillic and Greek letters that look like Latin ones, upper and lower case (Unicode's confusables, in part). */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  А: 'a',
  в: 'b',
  В: 'b',
  е: 'e',
  Е: 'e',
  ё: 'e',
  Ё: 'e',
  і: 'i',
  І: 'i',
  ї: 'i',
  Ї: 'i',
  ј: 'j',
  Ј: 'j',
  к: 'k',
  К: 'k',
  м: 'm',
  М: 'm',
  н: 'h',
  Н: 'h',
  о: 'o',
  О: 'o',
  п: 'n',
  р: 'p',
  Р: 'p',
  с: 'c',
  С: 'c',
  т: 't',
  Т: 't',
  у: 'y',
  У: 'y',
  х: 'x',
  Х: 'x',
  ѕ: 's',
  Ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  Ԛ: 'q',
  ԝ: 'w',
  Ԝ: 'w',
  һ: 'h',
  Һ: 'h',
  ӏ: 'l',
  Ӏ: 'l',
  // Greek
  α: 'a',
  Α: 'a',
  β: 'b',
  Β: 'b',
  ε: 'e',
  Ε: 'e',
  ζ: 'z',
  Ζ: 'z',
  η: 'n',
  Η: 'h',
  ι: 'i',
  Ι: 'i',
  κ: 'k',
  Κ: 'k',
  μ: 'u',
  Μ: 'm',
  ν: 'v',
  Ν: 'n',
  ο: 'o',
  Ο: 'o',
  ρ: 'p',
  Ρ: 'p',
  τ: 't',
  Τ: 't',
  υ: 'u',
  Υ: 'y',
  χ: 'x',
  Χ: 'x',
  // Latin letters that read as others
  ı: 'i',
  ȷ: 'j',
  ɡ: 'g',
  ɑ: 'a',
  ꞵ: 'b',
};

const CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'gu');
