import { describe, expect, it } from '@jest/globals';
import { identifyingContent, type KnownIdentity } from './summary-privacy';

const maija = { displayName: 'Maija Meikäläinen', contactEmail: 'maija.m@example.fi' };
const reasons = (summary: string, identity: KnownIdentity = maija): string[] =>
  identifyingContent(summary, identity).sort();

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
});
