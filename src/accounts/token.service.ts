import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify } from 'jose';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { UnauthenticatedError } from '../common/errors/domain-error';

const ISSUER = 'jobcenter';
const AUDIENCE = 'jobcenter-api';

/** HS256 bearer tokens. Verification accepts HS256 only, so `none` and every other alg are refused. */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  issue(userId: string): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.config.jwtTtlSeconds}s`)
      .sign(this.key);
  }

  /** The user id the token was issued to; UNAUTHENTICATED when it is malformed, expired or not ours. */
  async verify(token: string): Promise<string> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new Error('no subject');
      return payload.sub;
    } catch {
      throw new UnauthenticatedError('The sign-in token is not valid or has expired. Sign in again.');
    }
  }
}
