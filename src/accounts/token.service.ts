import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify } from 'jose';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { UnauthenticatedError } from '../common/errors/domain-error';

const ISSUER = 'jobcenter';
const AUDIENCE = 'jobcenter-api';

/** What a verified token names: the user and the server-side session, which decides whether it still works. */
export interface TokenClaims {
  userId: string;
  sessionId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * HS256 tokens, sent as the bearer header or the session cookie. Each names its session (`sid`) and expires at the
 * session's absolute limit. Verification accepts HS256 only, so `none` and every other alg are refused, and only
 * tokens that carry an expiry (`exp`).
 */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  issue(userId: string, sessionId: string, expiresAt: Date): Promise<string> {
    return new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
  }

  /** The user and session the token was issued for; UNAUTHENTICATED when it is malformed, expired or not ours. */
  async verify(token: string): Promise<TokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        // jose checks `exp` only when a token has one: a token without it would never expire.
        requiredClaims: ['exp', 'iat', 'sub', 'sid'],
      });
      if (typeof payload.sub !== 'string' || !UUID.test(payload.sub)) throw new Error('no subject');
      if (typeof payload.sid !== 'string' || !UUID.test(payload.sid)) throw new Error('no session');
      return { userId: payload.sub, sessionId: payload.sid };
    } catch {
      throw new UnauthenticatedError('The sign-in token is not valid or has expired. Sign in again.');
    }
  }
}
