import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import { ForbiddenError } from '../common/errors/domain-error';
import { newestFirst } from '../common/graphql/keyset';
import type { Connection } from '../common/graphql/pagination';
import { type AuditAction, AuditEventEntity } from './audit-event.entity';
import type { AuditEventModel, AuditLogArgs } from './audit.model';

export interface AuditRecord {
  actor: { userId: string | null; role: Role };
  action: AuditAction;
  organisationId: string | null;
  /** Accounts and organisations only: never a client's name, contact or profile. */
  detail?: string | null;
}

const toModel = (event: AuditEventEntity): AuditEventModel => ({
  at: event.at,
  actorRole: event.actorRole,
  action: event.action,
  organisationId: event.organisationId,
  detail: event.detail,
});

/**
 * The audit log (table audit_event): what ADMINs did to organisations and users, and the events admins must know
 * of. Append-only from the API. ADMINs read every event; a coordinator reads the events that concern their own
 * service provider (e.g. an admin created a coordinator account there).
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes one event, in the caller's transaction when given one (it stands or falls with the change). */
  async record(record: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditEventEntity, {
      actorUserId: record.actor.userId,
      actorRole: record.actor.role,
      action: record.action,
      organisationId: record.organisationId,
      detail: record.detail ?? null,
    });
  }

  /** Newest first, keyset-paged on (at, id). */
  async list(viewer: Viewer, args: AuditLogArgs): Promise<Connection<AuditEventModel>> {
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (viewer.role === Role.COORDINATOR && viewer.organisationId) {
      query.where('e.organisation_id = :organisationId', { organisationId: viewer.organisationId });
    } else if (viewer.role !== Role.ADMIN) {
      throw new ForbiddenError('Only admins and coordinators read the audit log.');
    }
    return newestFirst(query, 'e', args, toModel, 'at');
  }
}
