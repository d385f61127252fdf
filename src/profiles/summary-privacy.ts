/** What the summary is checked against: the client's own identity, decrypted for the check only. */
export interface KnownIdentity {
  displayName: string;
  contactEmail: string | null;
}

const PREFIX = 'must not identify the person: it contains';

/** Finnish personal identity code (henkilötunnus): birth date, century sign, individual number, check character. */
const PERSONAL_IDENTITY_CODE = /(?<!\d)\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/giu;
const EMAIL_ADDRESS = /[^\s@]+@[^\s@]+\.[^\s@]+/gu;
/** Seven or more digits, with an optional leading + and single spaces or dashes between them. */
const PHONE_NUMBER = /\+?\d(?:[ \t\u00a0\u2010-\u2015-]?\d){6,}/gu;
/** Name parts this long or longer are checked one by one. */
const NAME_PART_MIN_LETTERS = 3;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` as a whole word (not inside a longer word), case-insensitive. */
function wordPattern(text: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'iu');
}

const normalise = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/**
 * Why a profile summary would identify its person, one message per reason, or none. Employers read the summary
 * next to the pseudonym, so it must not carry the client's name (whole or any part of three letters or more, as a
 * word), their contact email, any email address, a phone number or a personal identity code. What one check
 * finds is blanked before the next, so a personal identity code is not also reported as a phone number.
 */
export function identifyingContent(summary: string, identity: KnownIdentity): string[] {
  const reasons: string[] = [];
  let text = normalise(summary);
  const blank = (pattern: RegExp, reason: string): void => {
    const replaced = text.replace(pattern, ' ');
    if (replaced !== text) {
      reasons.push(reason);
      text = replaced;
    }
  };

  const contactEmail = identity.contactEmail ? normalise(identity.contactEmail) : '';
  if (contactEmail) blank(new RegExp(escapeRegExp(contactEmail), 'giu'), `${PREFIX} the client's email address`);
  blank(EMAIL_ADDRESS, `${PREFIX} an email address`);
  blank(PERSONAL_IDENTITY_CODE, `${PREFIX} a Finnish personal identity code (henkilötunnus)`);
  blank(PHONE_NUMBER, `${PREFIX} a phone number (7 or more digits)`);

  const name = normalise(identity.displayName);
  const parts = name.split(/[^\p{L}]+/u).filter((part) => part.length >= NAME_PART_MIN_LETTERS);
  if ([name, ...parts].some((candidate) => candidate && wordPattern(candidate).test(text))) {
    reasons.push(`${PREFIX} the client's name`);
  }
  return reasons;
}
