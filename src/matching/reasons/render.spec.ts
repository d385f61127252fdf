import { describe, expect, it } from '@jest/globals';
import type { Lang } from '../../common/enums';
import { CATALOGS, EMPLOYER_CATALOGS } from './catalogs';
import type { Reason, ReasonParams } from './reason';
import { REASON_CODES } from './reason';
import type { LabelLookup } from './render';
import { formatNumber, midSentence, renderReason } from './render';

const LANGS: Lang[] = ['fi', 'sv', 'en'];

const labels: LabelLookup = {
  accommodation: (_, lang) =>
    ({ fi: 'Hiljainen, meluton tila', sv: 'Tyst arbetsplats', en: 'Quiet, low-noise space' })[lang],
  demand: (_, lang) => ({ fi: 'Nostaminen', sv: 'Lyftande', en: 'Lifting' })[lang],
  taskType: (_, lang) => ({ fi: 'Astianpesu', sv: 'Diskning', en: 'Dishwashing' })[lang],
};

/** One example reason of every code, numbers with decimals to exercise formatting. */
const EXAMPLES: { [C in keyof ReasonParams]: ReasonParams[C] } = {
  REQUIRED_ACCOMMODATION_MISSING: { accommodation: 19 },
  REQUIRED_ACCOMMODATIONS_MISSING: { count: 4 },
  ESSENTIAL_TASK_CONFLICT: { task: 0, taskType: 0, demand: 23 },
  ESSENTIAL_TASK_CONFLICTS: { count: 3 },
  NO_SUITABLE_TASK: {},
  HOURS_TOO_FEW: { jobMin: 10, profileMax: 7.5 },
  HOURS_TOO_MANY: { jobMax: 12, profileMin: 15.25 },
  SCHEDULE_OVERLAP_TOO_SMALL: { hours: 2.75, needed: 10 },
  REMOTE_ONLY: {},
  TOO_FAR: { km: 31.4, maxKm: 30 },
  EARNINGS_OVER_LIMIT: { jobMin: 20, maxHours: 16.75 },
  TASK_CARVED_OUT: { task: 1, taskType: 0, demand: 23 },
  TASKS_CARVED_OUT: { count: 4, total: 6 },
  ALL_TASKS_SUITABLE: {},
  REQUIRED_ACCOMMODATION_OFFERED: { accommodation: 19 },
  REQUIRED_ACCOMMODATIONS_OFFERED: { count: 3 },
  TASK_EXPERIENCED: { task: 0, taskType: 0 },
  TASK_SOME_EXPERIENCE: { task: 0, taskType: 0 },
  TASK_INTERESTED: { task: 0, taskType: 0 },
  SCHEDULE_OVERLAP: { hours: 12.5 },
  HOURS_RANGE: { min: 10, max: 16 },
  HOURS_RANGE_AT_PAY: { min: 10, max: 13.75, bothMin: 10, bothMax: 20 },
  REMOTE_POSSIBLE: {},
  SAME_MUNICIPALITY: {},
  DISTANCE: { km: 14 },
  PREFERRED_ACCOMMODATION_OFFERED: { accommodation: 19 },
  PREFERRED_ACCOMMODATION_NOT_OFFERED: { accommodation: 19 },
  PREFERRED_ACCOMMODATIONS: { offered: 2, total: 5 },
};

function example(code: keyof ReasonParams): Reason {
  return { code, params: EXAMPLES[code] } as Reason;
}

describe('renderReason', () => {
  it('renders every code in every language: non-empty, no placeholder left, one sentence or more', () => {
    for (const lang of LANGS) {
      for (const code of REASON_CODES) {
        const text = renderReason(example(code), lang, labels);
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text).not.toMatch(/[{}]/);
        expect(text).not.toMatch(/undefined|NaN/);
        expect(text).toMatch(/^\p{Lu}|^\d/u);
        expect(text).toMatch(/\.$/);
      }
    }
  });

  it('has a template for every code and uses only the code’s own parameters', () => {
    for (const lang of LANGS) {
      expect(Object.keys(CATALOGS[lang]).sort()).toEqual([...REASON_CODES].sort());
      for (const code of REASON_CODES) {
        const names = [...CATALOGS[lang][code].matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        for (const name of names) expect(Object.keys(EXAMPLES[code])).toContain(name);
      }
    }
  });

  it('tells employers no figure an earnings limit sets, in any language', () => {
    // The limit-set figures of the examples: 16.75 h (EARNINGS_OVER_LIMIT) and 13.75 h (HOURS_RANGE_AT_PAY).
    for (const lang of LANGS) {
      for (const code of REASON_CODES) {
        const forEmployer = renderReason(example(code), lang, labels, 'employer');
        expect(forEmployer).not.toMatch(/[{}]|undefined|NaN/);
        expect(forEmployer).toMatch(/\.$/);
        expect(forEmployer).not.toContain(formatNumber(16.75, lang));
        expect(forEmployer).not.toContain(formatNumber(13.75, lang));
        if (!(code in EMPLOYER_CATALOGS[lang])) expect(forEmployer).toBe(renderReason(example(code), lang, labels));
      }
      expect(Object.keys(EMPLOYER_CATALOGS[lang]).sort()).toEqual(['EARNINGS_OVER_LIMIT', 'HOURS_RANGE_AT_PAY']);
      // The coordinator reads the figures.
      expect(renderReason(example('EARNINGS_OVER_LIMIT'), lang, labels)).toContain(formatNumber(16.75, lang));
      expect(renderReason(example('HOURS_RANGE_AT_PAY'), lang, labels)).toContain(formatNumber(13.75, lang));
    }
    expect(renderReason(example('HOURS_RANGE_AT_PAY'), 'en', labels, 'employer')).toBe(
      'Weekly hours that suit both: 10–20 h.',
    );
  });

  it('writes plain sentences with labels in place', () => {
    const carved = example('TASK_CARVED_OUT');
    expect(renderReason(carved, 'en', labels)).toBe(
      'Dishwashing: lifting is above this person’s limit. The task can be left out.',
    );
    expect(renderReason(carved, 'fi', labels)).toBe(
      'Astianpesu: nostaminen ylittää henkilön rajan. Tehtävän voi jättää pois.',
    );
    expect(renderReason(carved, 'sv', labels)).toBe(
      'Diskning: lyftande överskrider personens gräns. Uppgiften kan tas bort.',
    );
    expect(renderReason(example('REQUIRED_ACCOMMODATION_OFFERED'), 'fi', labels)).toBe(
      'Tarvitaan ja tarjotaan: hiljainen, meluton tila.',
    );
    expect(renderReason(example('TASK_EXPERIENCED'), 'en', labels)).toBe('Experienced in dishwashing.');
  });

  it('formats numbers per language', () => {
    const r = example('HOURS_TOO_FEW');
    expect(renderReason(r, 'en', labels)).toContain('at most 7.5 h');
    expect(renderReason(r, 'fi', labels)).toContain('enintään 7,5 h');
    expect(renderReason(r, 'sv', labels)).toContain('högst 7,5 h');
    expect(formatNumber(15.25, 'sv')).toBe('15,25');
    expect(formatNumber(1 / 3, 'en')).toBe('0.33');
    expect(formatNumber(20, 'fi')).toBe('20');
  });

  it('lowercases labels mid-sentence but not acronyms', () => {
    expect(midSentence('Lifting')).toBe('lifting');
    expect(midSentence('PC work')).toBe('PC work');
    expect(midSentence('Ö')).toBe('ö');
  });

  it('refuses a reason missing a parameter its template needs', () => {
    const broken = { code: 'DISTANCE', params: {} } as unknown as Reason;
    expect(() => renderReason(broken, 'en', labels)).toThrow(/km/);
  });
});
