import { describe, expect, it } from '@jest/globals';
import { Language } from '../enums';
import { languageFromHeader } from './context';

describe('languageFromHeader', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['fi-FI,fi;q=0.9,en;q=0.8', Language.FI],
    ['de-DE, sv;q=0.5, en;q=0.4', Language.SV],
    ['en;q=0.2, fi;q=0.9', Language.FI],
    ['de, fr', null],
    ['sv;q=0, en', Language.EN],
  ])('%s → %s', (header, expected) => {
    expect(languageFromHeader(header)).toBe(expected);
  });
});
