import type { GraphQLContext } from '../common/graphql/context';
import type { AuthPayloadModel } from './accounts.model';
import type { AuthResult } from './accounts.service';
import type { SessionService } from './session.service';

/** After a sign-in: the answer carries the new session's cookie, and `user.sessionExpiresAt` is the new session's. */
export function startSession(ctx: GraphQLContext, sessions: SessionService, result: AuthResult): AuthPayloadModel {
  ctx.session = { id: result.session.id, userId: result.session.userId, expiresAt: result.session.expiresAt };
  ctx.responseCookie = sessions.cookie(result.token);
  return { token: result.token, user: result.user };
}
