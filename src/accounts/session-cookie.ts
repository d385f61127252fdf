/** The session cookie: the same token as the bearer header, for the web pages of the same origin. */
export const SESSION_COOKIE = 'jobcenter_session';

/**
 * The session cookie's value from a Cookie header, if there is one. A cookie counts only where the request also
 * says it is JSON (see `cookieMayAuthenticate`).
 */
export function sessionCookieOf(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(separator + 1).trim();
    return value.length > 0 ? value : null;
  }
  return null;
}

/**
 * CSRF: a browser sends the cookie with any request to our origin, a cross-site form post included, but a form
 * cannot send `Content-Type: application/json`. So the cookie signs a request in only when it is JSON; a form post
 * (urlencoded, multipart, text/plain) or a bare GET is anonymous, and Apollo's CSRF prevention refuses it too.
 */
export function cookieMayAuthenticate(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0].trim().toLowerCase() === 'application/json';
}

/**
 * The Set-Cookie value: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), Path=/,
 * Secure in production. No Max-Age: the browser forgets it when it closes, and the server refuses it once the
 * session ends anyway. An empty token clears the cookie.
 */
export function sessionCookieHeader(token: string, secure: boolean): string {
  const parts = [`${SESSION_COOKIE}=${token}`, 'HttpOnly', 'SameSite=Strict', 'Path=/'];
  if (token === '') parts.push('Max-Age=0');
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
