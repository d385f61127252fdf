import { SignJWT } from 'jose';

/**
 * Tokens and cursors made by the tests themselves, as an attacker or a misconfigured peer would make them: one
 * place for the claims the API issues (`src/accounts/token.service.ts`) and for the cursor encoding
 * (`src/common/graphql/keyset.ts`), so that the tests forge exactly what they mean to.
 */

/** A token part: JSON, base64url-encoded. */
export const tokenPart = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A cursor with any key at all, encoded as the lists encode theirs. */
export const forgedCursor = (key: unknown[]): string => Buffer.from(JSON.stringify(key)).toString('base64url');

/** The claims of a token, unverified. */
export const claimsOf = <T extends object = { sid: string; sub: string }>(token: string): T =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as T;

/** The session a token names (its `sid` claim). */
export const sessionIdOf = (token: string): string => claimsOf<{ sid: string }>(token).sid;

/** HS256 with the API's issuer and audience, signed with `secret`; `expiresIn` null leaves out `exp`. */
export function signSessionToken(
  secret: string,
  claims: { userId: string; sessionId: string },
  expiresIn: string | null = '10m',
): Promise<string> {
  const jwt = new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer('jobcenter')
    .setAudience('jobcenter-api')
    .setIssuedAt();
  return (expiresIn === null ? jwt : jwt.setExpirationTime(expiresIn)).sign(new TextEncoder().encode(secret));
}
