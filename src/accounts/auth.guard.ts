import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { contextOf, PUBLIC_KEY, ROLES_KEY } from '../common/auth/decorators';
import type { Role } from '../common/enums';
import { ForbiddenError, UnauthenticatedError } from '../common/errors/domain-error';
import { AccountsService } from './accounts.service';
import { TokenService } from './token.service';

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i;

/**
 * Global guard for every GraphQL operation. Authorisation is declared where the operation is (@Public, @Roles);
 * ownership is checked by the service that loads the object.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly accounts: AccountsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const ctx = contextOf(context);

    if (ctx.viewer === null) {
      const header = ctx.req.headers.authorization;
      if (header) {
        try {
          const match = BEARER.exec(header);
          if (!match) throw new UnauthenticatedError('Use an "Authorization: Bearer <token>" header.');
          const viewer = await this.accounts.viewerFor(await this.tokens.verify(match[1]));
          if (!viewer) throw new UnauthenticatedError('This account no longer exists.');
          ctx.viewer = viewer;
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
