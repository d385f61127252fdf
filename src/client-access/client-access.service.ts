import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, QueryFailedError } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import { type AuthResult, AccountsService } from '../accounts/accounts.service';
import { UserEntity } from '../accounts/user.entity';
import type { ClientEntity } from '../clients/client.entity';
import { ClientNotFoundError } from '../clients/clients.errors';
import { ClientsService, managedServiceProviderOf } from '../clients/clients.service';
import { ConsentService } from '../clients/consent.service';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import { ForbiddenError } from '../common/errors/domain-error';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import {
  ACCESS_CODE_INPUT_MAX_LENGTH,
  ACCESS_CODE_VALID_DAYS,
  accessCodeKey,
  formatAccessCode,
  hashAccessCode,
  newAccessCode,
  normaliseAccessCode,
} from './access-code';
import { type AccessCodeFailure, AccessCodeTooLongError, InvalidAccessCodeError } from './client-access.errors';

/** Wrong codes from one address, counted apart from the sign-in budget that every attempt also uses. */
const FAILURE_SCOPE = 'access-code-failures';
/** The most views myProfileViews lists, newest first. */
const PROFILE_VIEWS_LIMIT = 200;

/** Postgres foreign-key violation on a named constraint. */
function isForeignKeyViolation(error: unknown, constraint: string): boolean {
  const driverError =
    error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === '23503' && driverError.constraint === constraint;
}

/**
 * How a client gets in, and what a signed-in client may read and decide about themselves.
 *
 * A coordinator issues a one-time code (shown once, stored only as a keyed hash, one live code per client); the
 * client signs in with it and gets a CLIENT account without email or password, made on first use. Signed in, the
 * client reads their consent and changes it, and sees which organisations have looked at their anonymised profile.
 */
@Injectable()
export class ClientAccessService {
  private readonly codeKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountsService,
    private readonly rateLimits: RateLimitService,
    private readonly clients: ClientsService,
    private readonly consent: ConsentService,
    private readonly accessLog: AccessLogService,
  ) {
    this.codeKey = accessCodeKey(config.jwtSecret);
  }

  /**
   * A new code for a client of the coordinator's service provider, in clear, this once. It replaces the client's
   * previous code, used or not, which stops working at once.
   */
  async issueCode(viewer: Viewer, clientId: string): Promise<string> {
    managedServiceProviderOf(viewer);
    const client = await this.clients.getVisible(viewer, clientId);
    const code = newAccessCode();
    // No retry on a hash collision with another client's live code: at 2^59 codes it does not happen in practice,
    // and the unique index turns it into a failed request rather than a code that opens two doors.
    try {
      await this.dataSource.query(
        `INSERT INTO client_access_code (client_id, code_hash, issued_by, issued_at, expires_at, used_at)
         VALUES ($1, $2, $3, now(), now() + $4::int * interval '1 day', NULL)
         ON CONFLICT (client_id) DO UPDATE
           SET code_hash = EXCLUDED.code_hash, issued_by = EXCLUDED.issued_by, issued_at = EXCLUDED.issued_at,
               expires_at = EXCLUDED.expires_at, used_at = NULL`,
        [client.id, hashAccessCode(this.codeKey, code), viewer.userId, ACCESS_CODE_VALID_DAYS],
      );
    } catch (error) {
      // Erased between the check and the insert.
      if (isForeignKeyViolation(error, 'client_access_code_client_id_fkey')) throw new ClientNotFoundError();
      throw error;
    }
    return formatAccessCode(code);
  }

  /**
   * Signs a client in with a code. Every attempt counts toward the address's sign-in budget (shared with login
   * and sign-up); wrong codes also count toward a budget of their own per address, as wrong passwords do per
   * account (AUTH_RATE_LIMIT_PER_ACCOUNT). Marking the code used is one conditional UPDATE, so of two
   * simultaneous attempts with one code exactly one gets through.
   */
  async signIn(code: string, address: string): Promise<AuthResult> {
    if (code.length > ACCESS_CODE_INPUT_MAX_LENGTH) throw new AccessCodeTooLongError();
    await this.accounts.countAddressAttempt(address);
    // Reserved before the code is looked up, so that simultaneous wrong codes cannot all be tried.
    const attempt = await this.rateLimits.reserve([
      { scope: FAILURE_SCOPE, subject: address, limit: this.config.authRateLimit.perAccount },
    ]);

    const canonical = normaliseAccessCode(code);
    const redeemed = canonical ? await this.redeem(hashAccessCode(this.codeKey, canonical)) : 'ACCESS_CODE_WRONG';
    if (typeof redeemed === 'string') throw new InvalidAccessCodeError(redeemed);
    await attempt.release();
    const user = redeemed;
    return this.accounts.signedIn(user);
  }

  /**
   * Uses up a live code and returns the client's CLIENT user, made on first use; for a code that is not live, why
   * (a replaced code is no longer stored, so it is a wrong one).
   */
  private async redeem(codeHash: string): Promise<UserEntity | AccessCodeFailure> {
    return this.dataSource.transaction(async (manager) => {
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count] rather than the rows.
      const [outcome] = await manager.query<
        { client_id: string | null; used: boolean | null; expired: boolean | null }[]
      >(
        `WITH used AS (
           UPDATE client_access_code SET used_at = now()
            WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now()
            RETURNING client_id)
         SELECT (SELECT client_id FROM used) AS client_id, c.used_at IS NOT NULL AS used, c.expires_at <= now() AS expired
           FROM (SELECT 1) AS one LEFT JOIN client_access_code c ON c.code_hash = $1`,
        [codeHash],
      );
      const clientId = outcome?.client_id;
      if (!clientId) {
        if (outcome?.expired === null || outcome?.expired === undefined) return 'ACCESS_CODE_WRONG';
        // Live in this statement's snapshot but not ours: a simultaneous attempt used it first.
        return outcome.expired && !outcome.used ? 'ACCESS_CODE_EXPIRED' : 'ACCESS_CODE_USED';
      }
      // The client's language becomes the account's; no email, password or organisation (app_user_sign_in_check).
      await manager.query(
        `INSERT INTO app_user (role, client_id, preferred_language)
         SELECT 'CLIENT', c.id, c.preferred_language FROM client c WHERE c.id = $1
         ON CONFLICT (client_id) WHERE client_id IS NOT NULL DO NOTHING`,
        [clientId],
      );
      return manager.findOneByOrFail(UserEntity, { clientId, role: Role.CLIENT });
    });
  }

  /** The signed-in client's own record (the viewer's scope decides, as for `client(id)`). */
  async ownClient(viewer: Viewer): Promise<ClientEntity> {
    if (viewer.role !== Role.CLIENT || !viewer.clientId) throw new ForbiddenError('This is for clients only.');
    return this.clients.getVisible(viewer, viewer.clientId);
  }

  /** The client's own decision, logged in consent_event with the CLIENT role like a coordinator's record. */
  async setOwnConsent(viewer: Viewer, shareWithEmployers: boolean): Promise<ClientEntity> {
    const client = await this.ownClient(viewer);
    return this.consent.change(client.id, shareWithEmployers, { userId: viewer.userId, role: Role.CLIENT });
  }

  /** Every decision on the client's consent, newest first, with who recorded it (in role only). */
  async ownConsentHistory(viewer: Viewer): Promise<{ shareWithEmployers: boolean; at: Date; byRole: Role }[]> {
    const client = await this.ownClient(viewer);
    const history = await this.consent.historyOf([client.id]);
    return history.map((e) => ({
      shareWithEmployers: e.shareWithEmployers,
      at: e.at,
      byRole: e.actorRole,
    }));
  }

  /** Which organisations have seen the client's anonymised profiles, and when; newest first, bounded. */
  async ownProfileViews(viewer: Viewer): Promise<{ organisationName: string; at: Date }[]> {
    const client = await this.ownClient(viewer);
    return this.accessLog.viewsOfClient(client.id, PROFILE_VIEWS_LIMIT);
  }
}
