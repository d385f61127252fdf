import { describe, expect, it } from 'vitest';
import { summaryWarnings } from '../privacy';

const CLIENT = { displayName: 'Maija Meikäläinen', contactEmail: 'maija@example.fi' };

describe('the summary’s privacy warnings', () => {
  it('find nothing in a summary that does not identify the person', () => {
    expect(summaryWarnings('Tarkka ja rauhallinen, tekee mielellään aamuvuoroja 9.00–13.00.', CLIENT)).toEqual([]);
    expect(summaryWarnings('   ', CLIENT)).toEqual([]);
  });

  it('find the client’s name, or a part of it, whatever its case and accents', () => {
    expect(summaryWarnings('Maija on tarkka.', CLIENT)).toEqual(['NAME']);
    expect(summaryWarnings('MEIKALAINEN on tarkka.', CLIENT)).toEqual(['NAME']);
  });

  it('find contact details and identity codes, one warning per kind', () => {
    expect(summaryWarnings('Soita 040 123 4567 tai 040 765 4321.', CLIENT)).toEqual(['PHONE']);
    expect(summaryWarnings('Posti: joku@muu.fi', CLIENT)).toEqual(['EMAIL']);
    expect(summaryWarnings('Tunnus 131052-308T.', CLIENT)).toEqual(['IDENTITY_CODE']);
  });

  it('without the identity still find contact details (not names)', () => {
    expect(summaryWarnings('Maija, 040 123 4567', null)).toEqual(['PHONE']);
  });
});
