import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OfferStatus } from './offer-status';

/**
 * A job a coordinator offered to a client (through one of the client's profiles). `jobVersion` and `carveOut` are
 * those of the pair's match when the offer was made: the carve-out's task ids belong to that version of the job.
 * At most one offer per (job, profile) is open, i.e. not WITHDRAWN (index `offer_open_key`).
 */
@Entity('offer')
export class OfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  jobId: string;

  @Column({ type: 'integer' })
  jobVersion: number;

  @Column({ type: 'uuid' })
  profileId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'uuid' })
  serviceProviderId: string;

  @Column({ type: 'uuid', nullable: true })
  offeredBy: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: OfferStatus;

  @Column({ type: 'uuid', array: true })
  carveOut: string[];

  @Column({ type: 'varchar', length: 2000, nullable: true })
  message: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  clientComment: string | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
