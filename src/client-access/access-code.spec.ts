import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  ACCESS_CODE_ALPHABET,
  ACCESS_CODE_LENGTH,
  accessCodeKey,
  formatAccessCode,
  hashAccessCode,
  newAccessCode,
  normaliseAccessCode,
} from './access-code';

const FORMAT = new RegExp(`^([${ACCESS_CODE_ALPHABET}]{4}-){2}[${ACCESS_CODE_ALPHABET}]{4}$`);

describe('access codes', () => {
  it('has no look-alike characters and at least 55 bits of randomness', () => {
    for (const c of '01OIL') expect(ACCESS_CODE_ALPHABET).not.toContain(c);
    expect(new Set(ACCESS_CODE_ALPHABET).size).toBe(ACCESS_CODE_ALPHABET.length);
    expect(ACCESS_CODE_LENGTH * Math.log2(ACCESS_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(55);
  });

  it('draws canonical codes, shown in three groups of four, different every time, using the whole alphabet', () => {
    const codes = Array.from({ length: 2000 }, newAccessCode);
    for (const code of codes) {
      expect(formatAccessCode(code)).toMatch(FORMAT);
      expect(normaliseAccessCode(formatAccessCode(code))).toBe(code);
    }
    expect(new Set(codes).size).toBe(codes.length);
    const seen = new Set(codes.join(''));
    expect([...seen].sort().join('')).toBe([...ACCESS_CODE_ALPHABET].sort().join(''));
  });

  it('formats a canonical code in groups of four', () => {
    expect(formatAccessCode('7K3QMX4P9TRA')).toBe('7K3Q-MX4P-9TRA');
  });

  it('accepts a code whatever its case, spaces and dashes', () => {
    for (const typed of [
      '7K3Q-MX4P-9TRA',
      '7k3q-mx4p-9tra',
      '7K3QMX4P9TRA',
      ' 7k3q mx4p 9tra ',
      '7K3Q–MX4P—9TRA',
      '7K3Q\u00a0MX4P\t9TRA\n',
      '7-K-3-Q-M-X-4-P-9-T-R-A',
    ]) {
      expect([typed, normaliseAccessCode(typed)]).toEqual([typed, '7K3QMX4P9TRA']);
    }
  });

  it('refuses what cannot be a code', () => {
    for (const typed of [
      '',
      '   ',
      '7K3Q-MX4P-9TR',
      '7K3Q-MX4P-9TRAX',
      '7K3Q-MX4P-9TR0',
      '7K3Q-MX4P-9TRO',
      '7K3Q-MX4P-9TRI',
      '7K3Q-MX4P-9TRL',
      '7K3Q_MX4P_9TRA',
      '7K3Q-MX4P-9TRÄ',
      "7K3Q' OR '1'='1",
    ]) {
      expect([typed, normaliseAccessCode(typed)]).toEqual([typed, null]);
    }
  });

  it('hashes with a key derived from the secret: stable, keyed, and never the code itself', () => {
    const key = accessCodeKey('a-secret-of-at-least-32-characters-long');
    expect(key).toHaveLength(32);
    expect(accessCodeKey('a-secret-of-at-least-32-characters-long').equals(key)).toBe(true);

    const hash = hashAccessCode(key, '7K3QMX4P9TRA');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // Keyed: not the plain hash of the code, which anyone could compute from a guess.
    expect(hash).not.toBe(createHash('sha256').update('7K3QMX4P9TRA').digest('hex'));
    expect(hashAccessCode(key, '7K3QMX4P9TRA')).toBe(hash);
    expect(hash).not.toContain('7K3Q');
    expect(hashAccessCode(key, '7K3QMX4P9TRB')).not.toBe(hash);
    expect(hashAccessCode(accessCodeKey('another-secret-of-at-least-32-characters'), '7K3QMX4P9TRA')).not.toBe(hash);
  });
});
