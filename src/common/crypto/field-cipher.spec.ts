import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { FieldCipher } from './field-cipher';

describe('FieldCipher', () => {
  const cipher = new FieldCipher(randomBytes(32));

  it('round-trips text, including non-ASCII names', () => {
    const stored = cipher.encrypt('Äijälä Öhman', 'client:1:display_name');
    expect(cipher.decrypt(stored, 'client:1:display_name')).toBe('Äijälä Öhman');
  });

  it('never stores the plaintext and uses a fresh IV each time', () => {
    const a = cipher.encrypt('Maija Meikäläinen', 'x');
    const b = cipher.encrypt('Maija Meikäläinen', 'x');
    expect(a.equals(b)).toBe(false);
    expect(a.toString('utf8')).not.toContain('Maija');
  });

  it('refuses a value moved to another row or column', () => {
    const stored = cipher.encrypt('secret', 'client:1:display_name');
    expect(() => cipher.decrypt(stored, 'client:2:display_name')).toThrow();
  });

  it('refuses a tampered value and a wrong key', () => {
    const stored = cipher.encrypt('secret', 'aad');
    const tampered = Buffer.from(stored);
    tampered[tampered.length - 1] ^= 1;
    expect(() => cipher.decrypt(tampered, 'aad')).toThrow();
    expect(() => new FieldCipher(randomBytes(32)).decrypt(stored, 'aad')).toThrow();
  });
});
