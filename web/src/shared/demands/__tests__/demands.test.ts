import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogues, LANGUAGES, NAMESPACES } from '../../../app/catalogues';
import { DEMAND_CODES, demandLabel, demandStep, demandSteps } from '../demands';

const i18n = i18next.createInstance();
let t: (language: string) => TFunction;

beforeAll(async () => {
  await i18n.init({ resources: catalogues, lng: 'fi', fallbackLng: false, ns: [...NAMESPACES], defaultNS: 'common' });
  t = (language) => i18n.getFixedT(language);
});

const ICF_CODE = /\b[bdes]\d{3,5}\b/;

describe('demands in everyday words', () => {
  it('covers all 30 demands of the taxonomy', () => {
    expect(DEMAND_CODES).toHaveLength(30);
  });

  it.each(LANGUAGES)('gives each demand a label and five distinct steps in %s, never an ICF code', (language) => {
    for (const code of DEMAND_CODES) {
      const label = demandLabel(t(language), code);
      const steps = demandSteps(t(language), code);
      expect(label, code).not.toBe(`demands.${code}.label`);
      expect(label, code).not.toMatch(ICF_CODE);
      expect(steps, code).toHaveLength(5);
      expect(new Set(steps).size, code).toBe(5);
      for (const step of steps) expect(step, code).not.toMatch(ICF_CODE);
    }
  });

  it('describes lifting from none to heavy daily', () => {
    expect(demandStep(t('en'), 'd4300', 0)).toBe('No lifting');
    expect(demandStep(t('en'), 'd4300', 4)).toBe('Heavy lifting daily');
    expect(demandStep(t('fi'), 'd4300', 0)).toBe('Ei nostamista');
    expect(demandStep(t('sv'), 'd4300', 9)).toBe('Tunga lyft dagligen');
  });
});
