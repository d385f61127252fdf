import { beforeEach, describe, expect, it } from 'vitest';
import { forgetAllTyping, forgetTyping, keepTyping, keptTyping } from '../kept-typing';

describe('typing kept across a session’s end', () => {
  beforeEach(() => forgetAllTyping());

  it('gives a form back what its user typed, and forgets it once saved', () => {
    keepTyping('profile:1', 'u1', { summary: 'Puolivalmis' });
    expect(keptTyping('profile:1', 'u1')).toEqual({ summary: 'Puolivalmis' });
    expect(keptTyping('profile:2', 'u1')).toBeNull();
    forgetTyping('profile:1');
    expect(keptTyping('profile:1', 'u1')).toBeNull();
  });

  it('never gives one person’s typing to another', () => {
    keepTyping('profile:1', 'u1', 'kirjoitettua');
    expect(keptTyping('profile:1', 'u2')).toBeNull();
  });

  it('forgets other people’s typing when someone signs in, and everything at sign-out', () => {
    keepTyping('profile:1', 'u1', 'a');
    keepTyping('profile:2', 'u2', 'b');
    forgetAllTyping('u2');
    expect(keptTyping('profile:1', 'u1')).toBeNull();
    expect(keptTyping('profile:2', 'u2')).toBe('b');
    forgetAllTyping();
    expect(keptTyping('profile:2', 'u2')).toBeNull();
  });
});
