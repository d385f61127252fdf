import { describe, expect, it } from '@jest/globals';
import { cookieMayAuthenticate, SESSION_COOKIE, sessionCookieHeader, sessionCookieOf } from './session-cookie';
import { renewalIntervalSeconds } from './session.service';

describe('the session cookie', () => {
  it('is found among other cookies, and only by its own name', () => {
    expect(sessionCookieOf(`a=1; ${SESSION_COOKIE}=tok.en.x; b=2`)).toBe('tok.en.x');
    expect(sessionCookieOf(`x${SESSION_COOKIE}=nope`)).toBeNull();
    expect(sessionCookieOf(`${SESSION_COOKIE}=`)).toBeNull();
    expect(sessionCookieOf(undefined)).toBeNull();
  });

  it('signs in JSON requests only, never a form post', () => {
    expect(cookieMayAuthenticate('application/json')).toBe(true);
    expect(cookieMayAuthenticate('Application/JSON; charset=utf-8')).toBe(true);
    for (const type of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain',
      undefined,
    ]) {
      expect(cookieMayAuthenticate(type)).toBe(false);
    }
  });

  it('has the flags, Secure only when asked, and clears with Max-Age=0', () => {
    expect(sessionCookieHeader('t', false)).toBe(`${SESSION_COOKIE}=t; HttpOnly; SameSite=Strict; Path=/`);
    expect(sessionCookieHeader('t', true)).toBe(`${SESSION_COOKIE}=t; HttpOnly; SameSite=Strict; Path=/; Secure`);
    expect(sessionCookieHeader('', false)).toBe(`${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`);
  });
});

describe('renewalIntervalSeconds', () => {
  it('is a thirtieth of the idle limit, at most a minute', () => {
    expect(renewalIntervalSeconds(1800)).toBe(60);
    expect(renewalIntervalSeconds(86_400)).toBe(60);
    expect(renewalIntervalSeconds(300)).toBe(10);
    expect(renewalIntervalSeconds(3)).toBe(0);
  });
});
