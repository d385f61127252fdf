import { describe, expect, it } from 'vitest';
import { checkBusinessId } from '../business-id';

describe('checkBusinessId', () => {
  it('accepts a valid ID, forgiving spaces and a missing leading zero', () => {
    expect(checkBusinessId('0737546-2')).toEqual({ ok: true, normalised: '0737546-2' });
    expect(checkBusinessId(' 737546-2 ')).toEqual({ ok: true, normalised: '0737546-2' });
    expect(checkBusinessId('1572860-0')).toEqual({ ok: true, normalised: '1572860-0' });
  });

  it('explains a wrong check digit with the one that would fit', () => {
    expect(checkBusinessId('0737546-3')).toEqual({ ok: false, problem: 'CHECK_DIGIT', expected: '2', typed: '3' });
  });

  it('tells a wrong shape from a number that can have no check digit', () => {
    expect(checkBusinessId('12345678')).toEqual({ ok: false, problem: 'FORMAT' });
    expect(checkBusinessId('abc')).toEqual({ ok: false, problem: 'FORMAT' });
    // 0000006: 2 · 6 = 12, remainder 1: no check digit can make it valid.
    expect(checkBusinessId('0000006-0')).toEqual({ ok: false, problem: 'NO_SUCH_NUMBER' });
  });
});
