import { describe, expect, it } from 'vitest';
import { COMMON_LANGUAGES, languageChoices, languageName } from '../languages';

describe('the languages of a profile', () => {
  it('are named in the page’s language with a capital letter', () => {
    expect(languageName('fi', 'fi')).toBe('Suomi');
    expect(languageName('sv', 'en')).toBe('Swedish');
    expect(languageName('en', 'sv')).toBe('Engelska');
  });

  it('offer the common ones, and keep any other the profile has', () => {
    expect(languageChoices(['fi'])).toEqual(COMMON_LANGUAGES);
    expect(languageChoices(['fi', 'pl'])).toEqual([...COMMON_LANGUAGES, 'pl']);
  });
});
