import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { contextOf, PUBLIC_KEY, ROLES_KEY } from '../common/auth/decorators';
import type { Role } from '../common/enums';
import { ForbiddenError, UnauthenticatedError } from '../common/errors/domain-error';
import { cookieMayAuthenticate, sessionCookieOf } from './session-cookie';
import { SessionService } from './session.service';
import { TokenService } from './token.service';

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i;

/**
 * Global guard for every GraphQL operation. The caller's token comes from the Bearer header or, for a JSON request,
 * the session cookie; either way its server-side session must be live. Authorisation is declared where the operation is (@Public, @Roles);
 * ownership is checked by the service that loads the object.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const ctx = contextOf(context);

    if (ctx.viewer === null) {
      const header = ctx.req.headers.authorization;
      const cookie = cookieMayAuthenticate(ctx.req.headers['content-type'])
        ? sessionCookieOf(ctx.req.headers.cookie)
        : null;
      if (header || cookie) {
        try {
          const match = header ? BEARER.exec(header) : null;
          if (header && !match) throw new UnauthenticatedError('Use an "Authorization: Bearer <token>" header.');
          const found = await this.sessions.viewerFor(await this.tokens.verify(match ? match[1] : (cookie ?? '')));
          if (!found) throw new UnauthenticatedError('Your session has ended. Sign in again.');
          ctx.viewer = found.viewer;
          ctx.session = found.session;
        } catch (error) {
          // A stale token must not stop anyone from signing in again or reading public data.
          if (!isPublic) throw error;
        }
      }
    }

    if (isPublic) return true;
    if (!ctx.viewer) throw new UnauthenticatedError();
    if (roles && !roles.includes(ctx.viewer.role)) throw new ForbiddenError();
    return true;
  }
}
