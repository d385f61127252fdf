import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import type { Language, OrganisationKind, Role } from '../common/enums';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { sessionCookieHeader } from './session-cookie';
import { type TokenClaims, TokenService } from './token.service';

/** A signed-in session as a request sees it. */
export interface SessionInfo {
  id: string;
  userId: string;
  /** The earlier of the idle and the absolute limit, as of this request. */
  expiresAt: Date;
}

export interface StartedSession extends SessionInfo {
  token: string;
}

/** The caller behind a live session, and the session. */
export interface SessionViewer {
  viewer: Viewer;
  session: SessionInfo;
}

/** How often use writes `last_seen_at` at most: a thirtieth of the idle limit, at most a minute. */
export function renewalIntervalSeconds(idleSeconds: number): number {
  return Math.min(60, Math.floor(idleSeconds / 30));
}

/**
 * Server-side sessions (table `session`). A token names its session; every request checks the session and, at
 * most every `renewalIntervalSeconds`, moves its idle limit on, in the same one statement that loads the viewer.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokenService,
  ) {}

  /** A new session for the user, and its token (valid until the absolute limit at most). */
  async start(userId: string): Promise<StartedSession> {
    const { idleSeconds, absoluteSeconds } = this.config.session;
    const rows = await this.dataSource.query<{ id: string; idle_expires_at: Date; absolute_expires_at: Date }[]>(
      `INSERT INTO session (user_id, idle_expires_at, absolute_expires_at)
       VALUES ($1, now() + least($2::int, $3::int) * interval '1 second', now() + $3::int * interval '1 second')
       RETURNING id, idle_expires_at, absolute_expires_at`,
      [userId, idleSeconds, absoluteSeconds],
    );
    const row = rows[0];
    const token = await this.tokens.issue(userId, row.id, row.absolute_expires_at);
    return { id: row.id, userId, expiresAt: row.idle_expires_at, token };
  }

  /**
   * The caller behind a verified token, when its session is live; null otherwise (ended, idle too long, past the
   * absolute limit, or the account is gone). One statement: the check, the throttled renewal and the viewer.
   */
  async viewerFor(claims: TokenClaims): Promise<SessionViewer | null> {
    const { idleSeconds } = this.config.session;
    const rows = await this.dataSource.query<
      {
        id: string;
        role: Role;
        organisation_id: string | null;
        kind: OrganisationKind | null;
        verified_at: Date | null;
        client_id: string | null;
        preferred_language: Language;
        session_expires_at: Date;
      }[]
    >(
      `WITH live AS (
         SELECT s.id, s.user_id, s.last_seen_at, s.idle_expires_at FROM session s
          WHERE s.id = $1 AND s.user_id = $2 AND s.ended_at IS NULL
            AND s.idle_expires_at > now() AND s.absolute_expires_at > now()
       ), renewed AS (
         UPDATE session s
            SET last_seen_at = now(),
                idle_expires_at = least(now() + $3::int * interval '1 second', s.absolute_expires_at)
           FROM live
          WHERE s.id = live.id AND s.ended_at IS NULL AND live.last_seen_at <= now() - $4::int * interval '1 second'
          RETURNING s.idle_expires_at
       )
       SELECT u.id, u.role, u.organisation_id, o.kind, o.verified_at, u.client_id, u.preferred_language,
              coalesce((SELECT r.idle_expires_at FROM renewed r), live.idle_expires_at) AS session_expires_at
         FROM live JOIN app_user u ON u.id = live.user_id LEFT JOIN organisation o ON o.id = u.organisation_id`,
      [claims.sessionId, claims.userId, idleSeconds, renewalIntervalSeconds(idleSeconds)],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      viewer: {
        userId: row.id,
        role: row.role,
        organisationId: row.organisation_id,
        organisationKind: row.kind,
        organisationVerifiedAt: row.verified_at,
        clientId: row.client_id,
        language: row.preferred_language,
      },
      session: { id: claims.sessionId, userId: row.id, expiresAt: row.session_expires_at },
    };
  }

  /** The Set-Cookie value carrying `token` (an empty token clears the cookie); Secure in production. */
  cookie(token: string): string {
    return sessionCookieHeader(token, this.config.production);
  }

  /** Ends one session: its token and cookie are refused from now on. */
  async end(sessionId: string): Promise<void> {
    await this.dataSource.query('UPDATE session SET ended_at = now() WHERE id = $1 AND ended_at IS NULL', [sessionId]);
  }

  /** Ends every session of the user, in the caller's transaction when given one. */
  async endAll(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query('UPDATE session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL', [userId]);
  }
}
