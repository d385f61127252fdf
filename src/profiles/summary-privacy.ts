import { foldText, joinSpacedLetters, splitDigitsFromLetters } from '../common/validation/fold-text';

/** What a text is checked against: the client's own identity, decrypted for the check only. */
export interface KnownIdentity {
  displayName: string;
  contactEmail: string | null;
}

/** What was found in a text that identifies a person; a field problem carries it as `kind`. */
export const IDENTIFYING_KINDS = ['NAME', 'EMAIL', 'PHONE', 'IDENTITY_CODE'] as const;
export type IdentifyingKind = (typeof IDENTIFYING_KINDS)[number];

export interface IdentifyingFinding {
  kind: IdentifyingKind;
  /** English, for developers and logs. */
  message: string;
}

const PREFIX = 'must not identify the person: it contains';

/**
 * Finnish personal identity code (henkilötunnus): birth date, century sign, individual number, check character;
 * spaces or dots may split the date, and spaces may stand around the century sign.
 */
const PERSONAL_IDENTITY_CODE =
  /(?<![\p{L}\p{N}])\d{2}[ .]?\d{2}[ .]?\d{2} ?[-+a-fu-y] ?\d{3} ?[0-9a-y](?![\p{L}\p{N}])/gu;
const EMAIL_ADDRESS = /[^\s@]+ ?@ ?[^\s@]+\.[^\s@]+/gu;
/** `matti (at) example (dot) fi` and the like. */
const SPELLED_AT = / ?[([{] ?(?:at|ät|miukumauku) ?[)\]}] ?/gu;
const SPELLED_DOT = / ?[([{] ?(?:dot|piste) ?[)\]}] ?/gu;
/** Seven or more digits, with an optional leading + and a few spaces, dots, dashes, slashes or brackets between. */
const PHONE_NUMBER = /\+?\(?\d(?:[ ./()\u2010-\u2015-]{0,3}\d){6,}/gu;
/**
 * Dates, times of day and year ranges, which the phone pattern would otherwise take for numbers: 1.12.2026,
 * 2026-12-01, 9.00–13.00, 2019–2024. Blanked (not reported) before phone numbers are looked for.
 */
const NOT_PHONE = [
  /(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?(?![\d])/gu,
  /(?<!\d)(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?!\d)/gu,
  /(?<![\d.:])\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?![\d.:])/gu,
  /(?<!\d)(?:19|20)\d{2} ?[-\u2010-\u2015] ?(?:19|20)\d{2}(?!\d)/gu,
];
/** Name parts this long or longer are checked one by one. */
const NAME_PART_MIN_LETTERS = 3;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` as a whole word (not inside a longer word). */
function wordPattern(text: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * What in a text would identify a person, one finding per kind of thing, or none. Employers read profile
 * summaries, proposal messages and event notes next to a pseudonym, so these must not carry an email address, a
 * phone number, a personal identity code or (when `identity` is given) the client's name (whole or any part of
 * three letters or more, as a word) or contact email.
 *
 * The text is folded first (`foldText`: NFKC, no invisible or bidi control characters, Cyrillic and Greek
 * look-alikes as Latin, no accents, lower case), letters written one by one are joined, and for the name, digits
 * are split from letters. What one check finds is blanked before the next, so a personal identity code is not also
 * reported as a phone number.
 */
export function identifyingContent(text: string, identity: KnownIdentity | null): IdentifyingFinding[] {
  const findings: IdentifyingFinding[] = [];
  let folded = foldText(text).replace(SPELLED_AT, '@').replace(SPELLED_DOT, '.');
  const blank = (pattern: RegExp, finding: IdentifyingFinding | null): void => {
    const replaced = folded.replace(pattern, ' ; ');
    if (replaced !== folded) {
      if (finding && !findings.some((f) => f.message === finding.message)) findings.push(finding);
      folded = replaced;
    }
  };

  const contactEmail = identity?.contactEmail ? foldText(identity.contactEmail) : '';
  if (contactEmail) {
    blank(new RegExp(escapeRegExp(contactEmail), 'gu'), {
      kind: 'EMAIL',
      message: `${PREFIX} the client's email address`,
    });
  }
  blank(EMAIL_ADDRESS, { kind: 'EMAIL', message: `${PREFIX} an email address` });
  blank(PERSONAL_IDENTITY_CODE, {
    kind: 'IDENTITY_CODE',
    message: `${PREFIX} a Finnish personal identity code (henkilötunnus)`,
  });
  for (const pattern of NOT_PHONE) blank(pattern, null);
  blank(PHONE_NUMBER, { kind: 'PHONE', message: `${PREFIX} a phone number (7 or more digits)` });

  if (identity) {
    const name = foldText(identity.displayName);
    const parts = name.split(/[^\p{L}]+/u).filter((part) => [...part].length >= NAME_PART_MIN_LETTERS);
    const words = splitDigitsFromLetters(joinSpacedLetters(folded));
    if ([name, ...parts].some((candidate) => candidate && wordPattern(candidate).test(words))) {
      findings.push({ kind: 'NAME', message: `${PREFIX} the client's name` });
    }
  }
  return findings;
}
