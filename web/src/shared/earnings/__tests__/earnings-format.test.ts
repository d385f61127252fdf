import { describe, expect, it } from 'vitest';
import { eurosAMonth, hoursAWeek, hoursWithinLimit, limitEuros, paysOnce, wholeEuros } from '../earnings-format';

// Intl puts a no-break space (or a narrow one) inside numbers and before €; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('earnings format', () => {
  it('writes an estimate in whole euros in each language', () => {
    expect(plain(wholeEuros(2166.67, 'fi'))).toBe('2 167 €');
    expect(plain(wholeEuros(2166.67, 'sv'))).toBe('2 167 €');
    expect(wholeEuros(2166.67, 'en')).toBe('€2,167');
    expect(wholeEuros(409.5, 'en')).toBe('€410');
  });

  it('writes a limit to the cent unless it is whole, never rounding it up', () => {
    expect(plain(limitEuros(976.59, 'fi'))).toBe('976,59 €');
    expect(limitEuros(976.59, 'en')).toBe('€976.59');
    expect(limitEuros(986, 'en')).toBe('€986');
    expect(plain(limitEuros(1200, 'sv'))).toBe('1 200 €');
  });

  it('says euros a month in the page language', () => {
    expect(plain(eurosAMonth(410.2, 'fi'))).toBe('410 € kuukaudessa');
    expect(plain(eurosAMonth(410.2, 'sv'))).toBe('410 € i månaden');
    expect(eurosAMonth(410.2, 'en')).toBe('€410 a month');
    // An unknown language falls back to Finnish, as the pages do.
    expect(plain(eurosAMonth(410.2, 'de'))).toBe('410 € kuukaudessa');
  });

  it('says hours a week in the page language, singular and plural', () => {
    expect(hoursAWeek(9, 'fi')).toBe('9 tuntia viikossa');
    expect(hoursAWeek(1, 'fi')).toBe('1 tunti viikossa');
    expect(hoursAWeek(9, 'sv')).toBe('9 timmar i veckan');
    expect(hoursAWeek(1, 'en')).toBe('1 hour a week');
    expect(hoursAWeek(12.5, 'en')).toBe('12.5 hours a week');
    expect(hoursAWeek(12.5, 'fi')).toBe('12,5 tuntia viikossa');
  });

  it('rounds the hours within a limit down, so that they never go over it', () => {
    expect(hoursWithinLimit(9.1)).toBe(9);
    expect(hoursWithinLimit(11.99)).toBe(11);
    expect(hoursWithinLimit(17)).toBe(17);
    expect(hoursWithinLimit(0.75)).toBe(0.7);
  });

  it('tells a one-off support from a monthly one by its months', () => {
    expect(paysOnce({ maxMonths: null })).toBe(true);
    expect(paysOnce({ maxMonths: 24 })).toBe(false);
  });
});
