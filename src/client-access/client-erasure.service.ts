import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ClientNotFoundError } from '../clients/clients.errors';
import { ClientsService, managedServiceProviderOf } from '../clients/clients.service';
import type { Viewer } from '../common/auth/viewer';
import { isRetryable, postgresCodeOf } from '../database/postgres-errors';
import { ScoringRequests } from '../matching/scoring-requests.service';

/**
 * Erasure of a client on request (GDPR Art. 17), by a coordinator of the client's service provider, in one
 * transaction.
 *
 * Removed: deleting the `client` row removes, through the ON DELETE CASCADE of every table that refers to it, the
 * identity (`client_identity`), the consent history (`consent_event`), the access code (`client_access_code`), the
 * CLIENT user (`app_user`, so the client's tokens stop working), the capacity profiles and, through them, their
 * matches and offers (with the client's comments).
 *
 * Kept, with nothing that leads back to the person:
 * - proposals, as anonymous rows: `profile_id` becomes NULL (ON DELETE SET NULL); the proposal's message and the
 *   notes of its events are cleared here first, since free text may name or describe the person. What stays is
 *   what placement statistics count: the job and employer organisation, the service provider, who initiated,
 *   the statuses and decline reason, and the dates. Erasing one person must not rewrite the service's placement
 *   results, and without the link and the text they are no longer about anyone.
 * - the access log (`profile_view`): `profile_id` and `client_id` become NULL (ON DELETE SET NULL, the one update
 *   its append-only trigger allows). What stays is which employer organisation and user read a candidate, how and
 *   when: a record of what employers did, which no longer says whom they read about.
 *
 * Outside the database, the scoring queue's traces of the profiles (waiting jobs, the event stream) are removed
 * after commit (`ScoringRequests.forget`); the worker's log lines keep profile ids for the log retention the
 * README documents.
 */
@Injectable()
export class ClientErasureService {
  private readonly logger = new Logger(ClientErasureService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clients: ClientsService,
    private readonly scoring: ScoringRequests,
  ) {}

  /**
   * NOT_FOUND for a client the coordinator may not see, and for one already erased. Locks are taken in the order
   * every scoring run takes them (profiles by id, then their match rows by key), so erasure never deadlocks with
   * scoring; a deadlock with anything else, or a lock timeout, runs the transaction again.
   */
  async erase(viewer: Viewer, clientId: string): Promise<void> {
    managedServiceProviderOf(viewer);
    const client = await this.clients.getVisible(viewer, clientId);
    const profileIds = await this.eraseRetrying(client.id);
    await this.scoring.forget('profile', profileIds);
    this.logger.log({ msg: 'client erased', by: viewer.userId, serviceProvider: client.serviceProviderId });
  }

  private async eraseRetrying(clientId: string): Promise<string[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction((manager) => this.eraseLocked(manager, clientId));
      } catch (error) {
        if (!isRetryable(postgresCodeOf(error)) || attempt >= ERASURE_ATTEMPTS) throw error;
        this.logger.warn(`erasure hit ${postgresCodeOf(error)}, trying again (attempt ${attempt + 1})`);
      }
    }
  }

  /** The erasure's transaction; returns the ids of the profiles it removed. */
  private async eraseLocked(manager: EntityManager, clientId: string): Promise<string[]> {
    // The client first, then its profiles: a second erasure waits here and then finds nothing, and a proposal
    // or profile change under way for this client finishes before (and is cleared) or fails after.
    const locked = await manager.query<unknown[]>('SELECT 1 FROM client WHERE id = $1 FOR UPDATE', [clientId]);
    if (locked.length === 0) throw new ClientNotFoundError();
    const profiles = await manager.query<{ id: string }[]>(
      'SELECT id FROM capacity_profile WHERE client_id = $1 ORDER BY id FOR UPDATE',
      [clientId],
    );
    const ids = profiles.map((p) => p.id);
    // A scoring run that writes a pair holds both sides' rows, so it has finished by now; the match rows are then
    // locked in their key order, as the scoring runs delete theirs, before the cascade below removes them.
    await manager.query(
      'SELECT 1 FROM match WHERE profile_id = ANY($1::uuid[]) ORDER BY job_id, profile_id FOR UPDATE',
      [ids],
    );

    await manager.query(
      `UPDATE proposal_event e SET note = NULL
         FROM proposal p JOIN capacity_profile cp ON cp.id = p.profile_id
        WHERE e.proposal_id = p.id AND cp.client_id = $1 AND e.note IS NOT NULL`,
      [clientId],
    );
    await manager.query(
      `UPDATE proposal p SET message = NULL
         FROM capacity_profile cp
        WHERE cp.id = p.profile_id AND cp.client_id = $1 AND p.message IS NOT NULL`,
      [clientId],
    );
    await manager.query('DELETE FROM client WHERE id = $1', [clientId]);
    return ids;
  }
}

/** Tries of the erasure's transaction when it meets a deadlock or lock timeout. */
const ERASURE_ATTEMPTS = 5;
