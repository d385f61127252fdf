import { describe, expect, it } from '@jest/globals';
import { newPseudonym, PSEUDONYM_ALPHABET, PSEUDONYM_FORMAT, PSEUDONYM_LENGTH } from './pseudonym';

describe('pseudonyms', () => {
  it('use an alphabet without look-alikes or repeats', () => {
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) expect(PSEUDONYM_ALPHABET).not.toContain(lookAlike);
    expect(new Set(PSEUDONYM_ALPHABET).size).toBe(PSEUDONYM_ALPHABET.length);
    expect(PSEUDONYM_ALPHABET).toMatch(/^[2-9A-Z]+$/);
    expect(PSEUDONYM_ALPHABET).toHaveLength(31);
  });

  it('look like C-XXXXX', () => {
    for (let i = 0; i < 1000; i++) {
      const code = newPseudonym();
      expect(code).toMatch(PSEUDONYM_FORMAT);
      expect(code).toHaveLength(2 + PSEUDONYM_LENGTH);
    }
    expect('C-7K3QX').toMatch(PSEUDONYM_FORMAT);
    for (const bad of ['C-7K3Q', 'C-7K3QXY', 'C-0K3QX', 'C-7k3qx', 'D-7K3QX', 'C-7K3QI']) {
      expect(bad).not.toMatch(PSEUDONYM_FORMAT);
    }
  });

  it('are random: no repeats among a few thousand and every character used in every position', () => {
    const codes = Array.from({ length: 5000 }, newPseudonym);
    expect(new Set(codes).size).toBeGreaterThan(4990);
    for (let position = 2; position < 2 + PSEUDONYM_LENGTH; position++) {
      expect(new Set(codes.map((c) => c[position])).size).toBe(PSEUDONYM_ALPHABET.length);
    }
  });
});
