import { describe, expect, it } from '@jest/globals';
import { identifyingContent, type KnownIdentity } from './summary-privacy';

const maija = { displayName: 'Maija Meikäläinen', contactEmail: 'maija.m@example.fi' };
const reasons = (summary: string, identity: KnownIdentity | null = maija): string[] =>
  identifyingContent(summary, identity)
    .map((finding) => finding.message)
    .sort();
const kinds = (text: string, identity: KnownIdentity | null = maija): string[] =>
  identifyingContent(text, identity)
    .map((finding) => finding.kind)
    .sort();

const NAME = "must not identify the person: it contains the client's name";
const CONTACT = "must not identify the person: it contains the client's email address";
const EMAIL = 'must not identify the person: it contains an email address';
const PHONE = 'must not identify the person: it contains a phone number (7 or more digits)';
const HETU = 'must not identify the person: it contains a Finnish personal identity code (henkilötunnus)';

describe('identifyingContent', () => {
  it('accepts a summary about abilities and needs', () => {
    expect(reasons('Kokenut astianpesijä, 8–20 h viikossa, tarvitsee rauhallisen tilan ja 2 taukoa.')).toEqual([]);
    expect(reasons('Works well in a team of 3-4 people; 15 years of experience.')).toEqual([]);
  });

  it('finds the name, whole or any part of three letters or more, in any case', () => {
    expect(reasons('MAIJA MEIKÄLÄINEN on luotettava.')).toEqual([NAME]);
    expect(reasons('Meikäläinen pitää ulkotöistä.')).toEqual([NAME]);
    expect(reasons('maija pitää ulkotöistä.')).toEqual([NAME]);
    expect(reasons('Asiakas (Maija) pitää ulkotöistä.')).toEqual([NAME]);
    // Parts are matched as words, so a name part inside another word is not a hit.
    expect(reasons('Ari on taitava', { displayName: 'Ari Li', contactEmail: null })).toEqual([NAME]);
    expect(reasons('Variety of tasks suits well', { displayName: 'Ari Li', contactEmail: null })).toEqual([]);
    // Parts shorter than three letters are not checked alone (they would catch ordinary words).
    expect(reasons('Li is a word here', { displayName: 'Ari Li', contactEmail: null })).toEqual([]);
    expect(reasons('Hyphenated Anna-Liisa and Liisa', { displayName: 'Anna-Liisa Virta', contactEmail: null })).toEqual(
      [NAME],
    );
  });

  it("finds the client's email and any other email address, once each", () => {
    expect(reasons('Yhteys MAIJA.M@example.fi')).toEqual([CONTACT]);
    expect(reasons('Yhteys ohjaaja@palvelu.fi')).toEqual([EMAIL]);
    expect(reasons('maija.m@example.fi tai ohjaaja@palvelu.fi')).toEqual([CONTACT, EMAIL].sort());
  });

  it('finds phone numbers of seven digits or more, with spaces, dashes or a plus', () => {
    for (const phone of ['0401234567', '040 123 4567', '040-123 45 67', '+358 40 123 4567', '1234567']) {
      expect(reasons(`Soita ${phone}.`)).toEqual([PHONE]);
    }
    for (const notPhone of ['123456', '12 34 56', '8-20 h', '2 x 4 h'])
      expect(reasons(`Arvo ${notPhone}.`)).toEqual([]);
  });

  it('finds a Finnish personal identity code of any century, without also calling it a phone number', () => {
    for (const code of ['131052-308T', '010101A123N', '311299+0042', '010594Y9032', '010594y9032']) {
      expect(reasons(`Tunnus ${code}`)).toEqual([HETU]);
    }
  });

  it('lists every reason at once', () => {
    expect(reasons('Maija, 131052-308T, 040 123 4567, maija.m@example.fi, x@y.fi')).toEqual(
      [NAME, HETU, PHONE, CONTACT, EMAIL].sort(),
    );
  });

  it('says what kind of thing it found', () => {
    expect(kinds('Maija, 131052-308T, 040 123 4567, x@y.fi')).toEqual(['EMAIL', 'IDENTITY_CODE', 'NAME', 'PHONE']);
  });

  it('sees through invisible characters, look-alike letters, full-width forms and bidi controls', () => {
    const tricks = [
      'Ma\u200Bija pitää ulkotöistä.', // zero-width space
      'Mei\u00ADkäläinen pitää ulkotöistä.', // soft hyphen
      'M\u0430ij\u0430 pitää ulkotöistä.', // Cyrillic а
      'МАІЈА pitää ulkotöistä.', // all Cyrillic capitals
      'Ｍａｉｊａ pitää ulkotöistä.', // full-width
      '\u202EajiaM\u202C pitää ulkotöistä.', // reversed, shown in order by a right-to-left override
      'Pitää \u2067Maija\u2069 ulkotöistä.', // inside a right-to-left isolate
      'Meikalainen pitää ulkotöistä.', // without the accents
      'Mai\u2060ja pitää ulkotöistä.', // word joiner
    ];
    for (const text of tricks) expect(kinds(text)).toEqual(['NAME']);
  });

  it('joins spaced letters and splits digits glued to a name', () => {
    expect(kinds('M a i j a pitää ulkotöistä.')).toEqual(['NAME']);
    expect(kinds('M.E.I.K.Ä.L.Ä.I.N.E.N pitää ulkotöistä.')).toEqual(['NAME']);
    expect(kinds('maija1985 pitää ulkotöistä.')).toEqual(['NAME']);
    expect(kinds('Asiakas 2maija pitää ulkotöistä.')).toEqual(['NAME']);
  });

  it('finds phone numbers written with dots, slashes or brackets, and full-width digits', () => {
    for (const phone of [
      '040.123.4567',
      '040/123 4567',
      '(09) 123 4567',
      '+358 (0)40 123 45 67',
      '０４０１２３４５６７',
      '040\u200B1234567',
    ]) {
      expect(kinds(`Soita ${phone}.`, null)).toEqual(['PHONE']);
    }
  });

  it('leaves dates, times and year ranges alone', () => {
    for (const text of [
      'Aloittaa 1.12.2026.',
      'Vapaa 2026-12-01 alkaen.',
      'Työaika 9.00–13.00 ja 14:00-16:30.',
      'Kokemusta 2019–2024.',
      'Ma–pe 8.30-12.00, 12.1.–20.2.',
    ])
      expect(kinds(text, null)).toEqual([]);
  });

  it('finds a spaced or dotted identity code and a spelled-out email address', () => {
    for (const code of ['131052 - 308T', '13 10 52-308T', '13.10.52-308T', '131052-308 T'])
      expect(kinds(`Tunnus ${code}`, null)).toEqual(['IDENTITY_CODE']);
    expect(kinds('Yhteys maija (at) example (dot) fi', null)).toEqual(['EMAIL']);
    expect(kinds('Yhteys maija＠example.fi', null)).toEqual(['EMAIL']);
    expect(kinds('Yhteys maija @ example.fi', null)).toEqual(['EMAIL']);
  });

  it('without an identity, checks only what needs none', () => {
    expect(kinds('Maija pitää ulkotöistä.', null)).toEqual([]);
    expect(kinds('Maija, x@y.fi', null)).toEqual(['EMAIL']);
  });
});
