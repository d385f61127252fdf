import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../common/enums';

/** What the audit log records (README, "Who sees what"); stable names, new ones may be added. */
export enum AuditAction {
  ORGANISATION_CREATED = 'ORGANISATION_CREATED',
  ORGANISATION_VERIFIED = 'ORGANISATION_VERIFIED',
  USER_CREATED = 'USER_CREATED',
  USER_UPDATED = 'USER_UPDATED',
  CANDIDATE_VIEW_LIMIT_REACHED = 'CANDIDATE_VIEW_LIMIT_REACHED',
}

/**
 * One thing an ADMIN did (or that the admins must know of: an employer's sign-up, the daily limit of candidates
 * reached). `organisationId` is the organisation the event concerns: its coordinators, for a service provider,
 * read the event. `detail` is short, in English, about accounts and organisations only, never about a client.
 */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 16 })
  actorRole: Role;

  @Column({ type: 'varchar', length: 40 })
  action: AuditAction;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  detail: string | null;
}
