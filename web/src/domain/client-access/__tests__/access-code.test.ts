import { describe, expect, it } from 'vitest';
import { codeProblem, normaliseAccessCode } from '../access-code';

describe('normaliseAccessCode', () => {
  it.each([
    ['7K3Q-MX4P-9TRA', '7K3QMX4P9TRA'],
    ['7k3q mx4p 9tra', '7K3QMX4P9TRA'],
    ['  7k3q–mx4p—9tra ', '7K3QMX4P9TRA'],
    ['7K3Q\tMX4P\n9TRA', '7K3QMX4P9TRA'],
    ['7k3qmx4p9tra', '7K3QMX4P9TRA'],
  ])('reads %j as %s', (typed, code) => {
    expect(normaliseAccessCode(typed)).toBe(code);
    expect(codeProblem(typed)).toBeNull();
  });
});

describe('codeProblem', () => {
  it('names what keeps a typed text from being a code', () => {
    expect(codeProblem('   ')).toBe('EMPTY');
    expect(codeProblem('7K3Q-MX4P')).toBe('TOO_SHORT');
    expect(codeProblem('7K3Q-MX4P-9TRA-2')).toBe('TOO_LONG');
    expect(codeProblem('7K3Q-MX4P-9TR0')).toBe('BAD_CHARACTERS');
    expect(codeProblem('7K3Q-MX4P-9TR!')).toBe('BAD_CHARACTERS');
  });
});
