import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Role } from '../common/enums';
import { ClientEntity } from './client.entity';
import { ClientNotFoundError } from './clients.errors';
import { ConsentEventEntity } from './consent-event.entity';

/** Who records a consent decision: a coordinator in person (recordConsent) or the client (setMyConsent). */
export interface ConsentActor {
  userId: string;
  role: Role;
}

/**
 * The client's consent to show the anonymised profile to employers.
 *
 * A change does not bump any profile's version and asks for no scoring: consent is not an input of matching.
 * Every employer-facing read (matches, candidates, proposals) filters by `client.share_with_employers` at read
 * time, so withdrawing consent hides the profile from employers at once.
 */
@Injectable()
export class ConsentService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records a decision for a client the caller has already been allowed to act for. Every call appends a
   * consent_event, also when the value stays the same (a confirmation is a decision too); `consent_changed_at`
   * moves only when the value changes, or on the first decision ever recorded. Both writes use the transaction's
   * time, so the event and the client row agree.
   */
  async change(clientId: string, shareWithEmployers: boolean, actor: ConsentActor): Promise<ClientEntity> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(ClientEntity)
        .set({
          shareWithEmployers,
          // The right-hand sides of an UPDATE see the row as it was: this compares with the old value.
          consentChangedAt: () =>
            'CASE WHEN consent_changed_at IS NULL OR share_with_employers <> :value THEN now() ELSE consent_changed_at END',
        })
        .where('id = :id')
        .setParameters({ id: clientId, value: shareWithEmployers })
        .execute();
      if (!result.affected) throw new ClientNotFoundError();
      await manager.insert(ConsentEventEntity, {
        clientId,
        shareWithEmployers,
        actorUserId: actor.userId,
        actorRole: actor.role,
        at: () => 'now()',
      });
      return manager.findOneByOrFail(ClientEntity, { id: clientId });
    });
  }

  /** Every recorded decision of these clients, newest first. */
  async historyOf(clientIds: readonly string[]): Promise<ConsentEventEntity[]> {
    if (clientIds.length === 0) return [];
    return this.dataSource
      .getRepository(ConsentEventEntity)
      .createQueryBuilder('e')
      .where('e.clientId IN (:...ids)', { ids: clientIds })
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .getMany();
  }
}
