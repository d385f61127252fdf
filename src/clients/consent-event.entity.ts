import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../common/enums';

/** One recorded consent decision, append-only: what, who (user and role) and when. */
@Entity('consent_event')
export class ConsentEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'boolean' })
  shareWithEmployers: boolean;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 16 })
  actorRole: Role;

  @Column({ type: 'timestamptz' })
  at: Date;
}
