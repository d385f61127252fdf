import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { StoredDemandLevel, StoredWindow } from '../matching/encoding';
import { JobStatus } from './job-status';

/** numeric(8,2) arrives from pg as a string; the API speaks Float. */
const money = {
  to: (value: number | null | undefined): number | null | undefined => value,
  from: (value: string | null): number | null => (value === null ? null : Number(value)),
};

/**
 * A job posting. Every change bumps `version`; the worker scores versions and records `scoredVersion`.
 * `searchText`, `offeredMask` and `features` are derived from the rest on every write (search and matching).
 */
@Entity('job')
export class JobEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 12, default: JobStatus.DRAFT })
  status: JobStatus;

  @Column({ type: 'char', length: 3 })
  municipalityCode: string;

  @Column({ type: 'boolean', default: false })
  remotePossible: boolean;

  @Column({ type: 'real' })
  hoursMin: number;

  @Column({ type: 'real' })
  hoursMax: number;

  /** Sorted by day and start. */
  @Column({ type: 'jsonb' })
  schedule: StoredWindow[];

  /** Sorted by the taxonomy's ordinal. */
  @Column({ type: 'text', array: true })
  accommodationCodes: string[];

  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: money })
  hourlyWage: number | null;

  @Column({ type: 'integer', default: 1 })
  positions: number;

  @Column({ type: 'text', select: false })
  searchText: string;

  @Column({ type: 'integer' })
  offeredMask: number;

  @Column({ type: 'bytea', select: false })
  features: Buffer;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'integer', nullable: true })
  scoredVersion: number | null;

  /** The scorer version (src/matching/scorer-version.ts) of the last run. */
  @Column({ type: 'smallint', nullable: true })
  scoredScorerVersion: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  scoredAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  candidatesScored: number;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/**
 * A task of one version of a job. An update writes a new set for the new version and keeps the old rows, so
 * matches, offers and proposals keep pointing at the tasks they were computed for.
 */
@Entity('job_task')
export class JobTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  jobId: string;

  @Column({ type: 'integer' })
  jobVersion: number;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 40 })
  taskTypeCode: string;

  @Column({ type: 'varchar', length: 1000 })
  description: string;

  @Column({ type: 'jsonb' })
  demands: StoredDemandLevel[];

  @Column({ type: 'boolean' })
  modifiable: boolean;

  @Column({ type: 'smallint', nullable: true })
  hoursShare: number | null;
}
