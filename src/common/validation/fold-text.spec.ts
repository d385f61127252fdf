import { describe, expect, it } from '@jest/globals';
import { foldText, joinSpacedLetters, splitDigitsFromLetters } from './fold-text';

describe('foldText', () => {
  it('applies NFKC: full-width and mathematical forms become plain ones', () => {
    expect(foldText('Ｍａｔｔｉ ０４０ ＠')).toBe('matti 040 @');
    expect(foldText('𝐌𝐚𝐭𝐭𝐢')).toBe('matti');
    expect(foldText('ﬁnland')).toBe('finland');
  });

  it('drops invisible format characters and bidi controls', () => {
    const hidden = [
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u00AD',
      '\u202C',
      '\u2066',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u061C',
    ];
    for (const char of hidden) expect(foldText(`Ma${char}tti`)).toBe('matti');
  });

  it('folds Cyrillic and Greek look-alikes to Latin, and drops accents', () => {
    expect(foldText('Мatti')).toBe('matti');
    expect(foldText('ΜΑΤΤΙ')).toBe('matti');
    expect(foldText('Рекка')).toBe('pekka');
    expect(foldText('Mäkinen Åström')).toBe('makinen astrom');
  });

  it('reads a right-to-left override as shown: its characters reversed', () => {
    expect(foldText('nimi \u202Eittam\u202C on')).toBe('nimi matti on');
    expect(foldText('nimi \u202Eittam')).toBe('nimi matti');
  });

  it('makes every run of whitespace one space', () => {
    expect(foldText(' a\u00A0\u3000b\n\tc ')).toBe('a b c');
  });
});

describe('joinSpacedLetters', () => {
  it('joins three or more single letters with spaces, dots, dashes or stars between', () => {
    expect(joinSpacedLetters('m a t t i on')).toBe('matti on');
    expect(joinSpacedLetters('m.a.t.t.i')).toBe('matti');
    expect(joinSpacedLetters('m-a-t-t-i')).toBe('matti');
    expect(joinSpacedLetters('m * a * t')).toBe('mat');
  });

  it('leaves words, pairs of letters and letters beside numbers alone', () => {
    expect(joinSpacedLetters('2 x 4 h')).toBe('2 x 4 h');
    expect(joinSpacedLetters('a b')).toBe('a b');
    expect(joinSpacedLetters('works in a team')).toBe('works in a team');
  });
});

describe('splitDigitsFromLetters', () => {
  it('splits where letters and digits meet', () => {
    expect(splitDigitsFromLetters('matti1985')).toBe('matti 1985');
    expect(splitDigitsFromLetters('2matti')).toBe('2 matti');
  });
});
