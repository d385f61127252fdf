import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCOMMODATIONS } from '../../../../../src/taxonomy/data/accommodations';
import { catalogues, LANGUAGES, NAMESPACES } from '../../../app/catalogues';
import { ACCOMMODATION_GROUPS, accommodationDescription, accommodationLabel, categoryLabel } from '../accommodations';

const i18n = i18next.createInstance();
let t: (language: string) => TFunction;

beforeAll(async () => {
  await i18n.init({ resources: catalogues, lng: 'fi', fallbackLng: false, ns: [...NAMESPACES], defaultNS: 'common' });
  t = (language) => i18n.getFixedT(language);
});

describe('accommodations by category', () => {
  it('groups every accommodation of the taxonomy once, by its category', () => {
    const grouped = ACCOMMODATION_GROUPS.flatMap((group) => group.codes);
    expect(grouped.sort()).toEqual(ACCOMMODATIONS.map((a) => a.code).sort());
    for (const group of ACCOMMODATION_GROUPS)
      for (const code of group.codes)
        expect(ACCOMMODATIONS.find((a) => a.code === code)?.category).toBe(group.category);
  });

  it.each(LANGUAGES)('gives each accommodation and category words in %s', (language) => {
    for (const group of ACCOMMODATION_GROUPS) {
      expect(categoryLabel(t(language), group.category)).not.toMatch(/^categories\./);
      for (const code of group.codes) {
        expect(accommodationDescription(t(language), code), code).not.toMatch(/^accommodations\./);
        expect(accommodationLabel(code, language), code).not.toBe(code);
      }
    }
  });

  it('names an accommodation in the reader’s language', () => {
    expect(accommodationLabel('env.quiet', 'en')).toBe('Quiet, low-noise space');
    expect(accommodationLabel('env.quiet', 'sv')).toBe('Tyst utrymme med lite buller');
    expect(accommodationLabel('no.such', 'fi')).toBe('no.such');
  });
});
