import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../common/enums';
import type { DeclineReason, ProposalStatus } from './proposal-status';

/**
 * A candidate proposed to an employer for a job, by a coordinator (proposeCandidate) or at the employer's request
 * (requestIntroduction). The two parties are the job's organisation and the profile's service provider, copied
 * here so that visibility needs no join. Erasing the client clears `profileId` (and the free text): the row stays,
 * anonymous, for the placement statistics, and is never shown again.
 */
@Entity('proposal')
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  jobId: string;

  @Column({ type: 'uuid', nullable: true })
  profileId: string | null;

  @Column({ type: 'uuid' })
  employerOrganisationId: string;

  @Column({ type: 'uuid' })
  serviceProviderId: string;

  @Column({ type: 'varchar', length: 16 })
  initiatedBy: Role.COORDINATOR | Role.EMPLOYER;

  @Column({ type: 'varchar', length: 24 })
  status: ProposalStatus;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  message: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  declineReason: DeclineReason | null;

  /** When each stage was first reached; the statistics count them. */
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  trialAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  hiredAt: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One change of a proposal's status: who (role and user) moved it where, with their note. Append-only. */
@Entity('proposal_event')
export class ProposalEventEntity {
  /** bigint identity; pg hands it over as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @Column({ type: 'varchar', length: 24 })
  status: ProposalStatus;

  @Column({ type: 'varchar', length: 16 })
  actorRole: Role;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;
}
