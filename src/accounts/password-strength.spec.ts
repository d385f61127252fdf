import { describe, expect, it } from '@jest/globals';
import { weakPasswordProblem } from './password-strength';

describe('weakPasswordProblem', () => {
  const inputs = ['myyja@kulmakahvila.example.fi', 'Kulmakahvila Oy'];

  it('refuses common and trivially weak passwords, saying why', () => {
    expect(weakPasswordProblem('password12', inputs)).toMatch(/^is too easy to guess: it is a common password/);
    expect(weakPasswordProblem(' '.repeat(12), inputs)).toMatch(/repeats characters/);
    expect(weakPasswordProblem('aaaaaaaaaaaa', inputs)).toMatch(/repeats characters/);
    expect(weakPasswordProblem('qwertyuiop', inputs)).toMatch(/^is too easy to guess/);
    expect(weakPasswordProblem('1234567890', inputs)).toMatch(/^is too easy to guess/);
  });

  it("refuses a password made of the account's own email or organisation name", () => {
    expect(weakPasswordProblem('kulmakahvila1', inputs)).toMatch(/^is too easy to guess/);
    // The same password for an account that has nothing to do with it is not guessed from its details.
    expect(weakPasswordProblem('kulmakahvila1', ['someone@example.fi', 'Other Oy'])).not.toBe(
      weakPasswordProblem('kulmakahvila1', inputs),
    );
  });

  it('accepts the demo, bench and test passwords and random ones', () => {
    for (const password of [
      'jobcenter-demo',
      'jobcenter-demo-admin',
      'admin-password-for-tests',
      'correct horse battery',
      'bench-password-not-secret',
      'vK3#pq9Lw!2z',
    ]) {
      expect(weakPasswordProblem(password, inputs)).toBeNull();
    }
  });
});
