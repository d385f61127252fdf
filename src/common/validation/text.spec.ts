import { describe, expect, it } from '@jest/globals';
import { validateSync } from 'class-validator';
import { AtMostDecimals, characters, hasAtMostDecimals, Length, MaxLength } from './text';

class Sample {
  @Length(1, 3)
  title: string;

  @MaxLength(3)
  note: string;

  @AtMostDecimals(2)
  wage: number;
}

function problems(values: Partial<Sample>): string[] {
  const sample = Object.assign(new Sample(), { title: 'ok', note: 'ok', wage: 1, ...values });
  return validateSync(sample).map((e) => e.property);
}

describe('text and number rules', () => {
  it('counts characters as Postgres does: variation selectors and astral characters count once each', () => {
    expect(characters('x\uFE0F')).toBe(2);
    expect(characters('😀')).toBe(1);
    expect(problems({ title: 'x\uFE0Fx\uFE0F' })).toEqual(['title']);
    expect(problems({ note: 'x\uFE0Fx\uFE0F' })).toEqual(['note']);
    expect(problems({ title: '😀😀😀', note: 'äöå' })).toEqual([]);
    expect(problems({ title: '' })).toEqual(['title']);
  });

  it('accepts at most the given decimals, refusing tiny and exponent-form numbers', () => {
    expect([11.5, 0.07, 1000, 12.34].every((v) => hasAtMostDecimals(v, 2))).toBe(true);
    expect([1e-7, 1e-300, 5e-324, 12.345, Number.NaN, Infinity].some((v) => hasAtMostDecimals(v, 2))).toBe(false);
    expect(problems({ wage: 1e-7 })).toEqual(['wage']);
  });
});
