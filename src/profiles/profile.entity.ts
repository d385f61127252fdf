import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { StoredAbility, StoredNeed, StoredRestriction, StoredWindow } from '../matching/encoding';
import { ProfileStatus } from './profile.enums';
import type { EarningsLimitBasis } from '../benefits/benefit-rule.kind';

/**
 * A capacity profile of a client. `service_provider_id` is copied from the client so that lists and visibility
 * need no join; `required_mask` and `features` are the matching columns, rewritten with every change (null while
 * the profile is incomplete, which only a DRAFT or ARCHIVED one may be: capacity_profile_complete_check), and
 * `version` grows with every change.
 */
@Entity('capacity_profile')
export class ProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'uuid' })
  serviceProviderId: string;

  @Column({ type: 'varchar', length: 12 })
  pseudonym: string;

  @Column({ type: 'varchar', length: 10 })
  status: ProfileStatus;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'jsonb' })
  abilities: StoredAbility[];

  @Column({ type: 'jsonb' })
  restrictions: StoredRestriction[];

  @Column({ type: 'jsonb' })
  accommodationNeeds: StoredNeed[];

  /** Null while a DRAFT leaves it empty (as municipalityCode, requiredMask and features): profile-completeness.ts. */
  @Column({ type: 'real', nullable: true })
  hoursMin: number | null;

  @Column({ type: 'real', nullable: true })
  hoursMax: number | null;

  @Column({ type: 'jsonb' })
  availability: StoredWindow[];

  @Column({ type: 'char', length: 3, nullable: true })
  municipalityCode: string | null;

  @Column({ type: 'real', nullable: true })
  maxCommuteKm: number | null;

  @Column({ type: 'boolean' })
  remoteOnly: boolean;

  @Column({ type: 'text', array: true })
  languages: string[];

  /** The earnings limit as the coordinator gave it (EarningsLimitInput). */
  @Column({ type: 'varchar', length: 16 })
  earningsBasis: EarningsLimitBasis;

  @Column({ type: 'double precision', nullable: true })
  earningsFixedEur: number | null;

  @Column({ type: 'double precision', nullable: true })
  earningsPrePensionEur: number | null;

  @Column({ type: 'double precision', nullable: true })
  earningsSharePercent: number | null;

  /**
   * The limit in euros a month by the rules in force when it was last written (null for NONE): the kernel's
   * column. Rewritten, with a new version, when a rule it comes from changes (ProfilesService.refreshEarningsLimits).
   */
  @Column({ type: 'double precision', nullable: true })
  earningsLimitEur: number | null;

  @Column({ type: 'boolean' })
  reducedWorkCapacity: boolean;

  /** Null while the profile is incomplete (a DRAFT, or a draft archived as it was), as features. */
  @Column({ type: 'integer', nullable: true })
  requiredMask: number | null;

  // Written with every change; read only by the worker, so the API never loads it.
  @Column({ type: 'bytea', select: false, nullable: true })
  features: Buffer | null;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'integer', nullable: true })
  scoredVersion: number | null;

  /** The scorer version (src/matching/scorer-version.ts) of the last run. */
  @Column({ type: 'smallint', nullable: true })
  scoredScorerVersion: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  scoredAt: Date | null;

  @Column({ type: 'integer' })
  candidatesScored: number;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  /** When the profile last became ACTIVE; the rapid-search rule of the needs-attention page counts from it. */
  @Column({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
