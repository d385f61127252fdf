import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EarningsLimitBasis } from '../benefits/benefit-rule.kind';
import { BenefitRulesService } from '../benefits/benefit-rules.service';
import { resolveLimit } from '../benefits/earnings';
import { type StoredLimitColumns, storedLimitOf } from './earnings-limit';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { clientScopeOf, ClientsService, managedServiceProviderOf } from '../clients/clients.service';
import { IdentityService } from '../clients/identity.service';
import { newestFirst } from '../common/graphql/keyset';
import type { Viewer } from '../common/auth/viewer';
import type { Connection } from '../common/graphql/pagination';
import { profileMatchingColumns } from '../matching/encoding';
import { FieldProblems } from '../common/errors/domain-error';
import { completeRecordOf, mayBeIncomplete, missingForActivation } from './profile-completeness';
import { ScoringRequests } from '../matching/scoring-requests.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import type { ProfileInput, ProfilesArgs } from './dto/profile.input';
import { ProfileEntity } from './profile.entity';
import { ProfileStatus } from './profile.enums';
import { type ProfileModel, toProfileModel } from './profile.model';
import { transitionRefusal } from './profile-status';
import { type CheckedProfile, checkProfileInput } from './profile-validation';
import { ProfileNotFoundError, ProfileStatusConflictError, StaleProfileVersionError } from './profiles.errors';
import { newPseudonym } from './pseudonym';
import { isUniqueViolation } from '../database/postgres-errors';
import type { KnownIdentity } from './summary-privacy';

/** The fields that are set: an input that leaves the earnings out keeps the stored ones. */
function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Profiles locked and rewritten per transaction when the day's earnings rules change their limits. */
const LIMIT_REFRESH_BATCH = 500;

const PSEUDONYM_KEY = 'capacity_profile_pseudonym_key';
/** Draws of a pseudonym before giving up; with 31^5 codes, even the second draw is rare. */
const PSEUDONYM_ATTEMPTS = 8;

/**
 * Capacity profiles. Every change bumps `version`, rewrites the matching columns and, once committed, asks the
 * worker to score the new version. Ownership is checked here: a coordinator reaches only the profiles of their
 * own service provider, a client only their own (to read), and anything else is NOT_FOUND.
 */
@Injectable()
export class ProfilesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly clients: ClientsService,
    private readonly identities: IdentityService,
    private readonly scoringRequests: ScoringRequests,
    private readonly rules: BenefitRulesService,
  ) {}

  onModuleInit(): void {
    this.rules.onChange(async () => {
      await this.refreshEarningsLimits();
    });
  }

  /**
   * Rewrites the euro limit of every profile whose limit comes from rules (PENSION_SHARE, GUARANTEE_FLOOR) by the
   * rules in force today, as a new version to score where it changed: after ADMIN changes a rule, matching follows.
   */
  async refreshEarningsLimits(): Promise<number> {
    const rules = await this.rules.ofDay(null);
    const limitOf = (profile: ProfileEntity) => resolveLimit(storedLimitOf(profile), rules).monthlyLimitEur;
    // Read without locks, then lock only the profiles whose limit changes, a batch at a time: a day whose rules
    // change nothing (the usual one) takes no lock, and a change never holds every profile's row at once.
    const candidates = await this.dataSource
      .getRepository(ProfileEntity)
      .createQueryBuilder('p')
      .where("p.earnings_basis IN ('PENSION_SHARE', 'GUARANTEE_FLOOR')")
      .orderBy('p.id')
      .getMany();
    const stale = candidates.filter((p) => limitOf(p) !== p.earningsLimitEur).map((p) => p.id);
    const changed: ProfileEntity[] = [];
    for (let i = 0; i < stale.length; i += LIMIT_REFRESH_BATCH) {
      const ids = stale.slice(i, i + LIMIT_REFRESH_BATCH);
      const batch = await this.dataSource.transaction(async (manager) => {
        const profiles = await manager
          .getRepository(ProfileEntity)
          .createQueryBuilder('p')
          .where('p.id IN (:...ids)', { ids })
          .orderBy('p.id')
          .setLock('pessimistic_write')
          .getMany();
        const updated: ProfileEntity[] = [];
        for (const profile of profiles) {
          // Checked again under the lock: the basis or the limit may have changed since the read.
          if (profile.earningsBasis === EarningsLimitBasis.NONE || profile.earningsBasis === EarningsLimitBasis.FIXED)
            continue;
          const limit = limitOf(profile);
          if (limit === profile.earningsLimitEur) continue;
          await manager.update(
            ProfileEntity,
            { id: profile.id },
            { earningsLimitEur: limit, version: profile.version + 1 },
          );
          updated.push({ ...profile, version: profile.version + 1 });
        }
        return updated;
      });
      changed.push(...batch);
    }
    for (const profile of changed) await this.scoringRequests.request('profile', profile.id, profile.version);
    return changed.length;
  }

  /**
   * The profile, when the viewer may see it (a coordinator: their service provider's; a CLIENT: their own, to
   * read); NOT_FOUND otherwise, also for malformed ids.
   */
  async getVisible(viewer: Viewer, id: string): Promise<ProfileEntity> {
    const scope = clientScopeOf(viewer);
    if (!scope || !isUUID(id)) throw new ProfileNotFoundError();
    const where =
      scope.kind === 'service-provider'
        ? { id, serviceProviderId: scope.serviceProviderId }
        : { id, clientId: scope.clientId };
    const profile = await this.dataSource.getRepository(ProfileEntity).findOneBy(where);
    if (!profile) throw new ProfileNotFoundError();
    return profile;
  }

  /** The viewer's service provider's profiles, newest first, of one status or all; for coordinators only. */
  async list(viewer: Viewer, args: ProfilesArgs): Promise<Connection<ProfileModel>> {
    const scope = clientScopeOf(viewer);
    if (scope?.kind !== 'service-provider') {
      return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    }
    const query = this.dataSource
      .getRepository(ProfileEntity)
      .createQueryBuilder('p')
      .where('p.service_provider_id = :serviceProviderId', { serviceProviderId: scope.serviceProviderId });
    if (args.status) query.andWhere('p.status = :status', { status: args.status });
    return newestFirst(query, 'p', args, toProfileModel);
  }

  /** A new DRAFT profile (version 1) of a client of the viewer's service provider. */
  async create(viewer: Viewer, clientId: string, input: ProfileInput): Promise<ProfileEntity> {
    managedServiceProviderOf(viewer);
    const client = await this.clients.getVisible(viewer, clientId);
    const checked = await this.check(client.id, input, ProfileStatus.DRAFT);
    const repository = this.dataSource.getRepository(ProfileEntity);
    const earningsLimitEur = await this.limitOf({
      earningsBasis: checked.earningsBasis ?? EarningsLimitBasis.NONE,
      earningsFixedEur: checked.earningsFixedEur ?? null,
      earningsPrePensionEur: checked.earningsPrePensionEur ?? null,
      earningsSharePercent: checked.earningsSharePercent ?? null,
    });
    let profile: ProfileEntity | undefined;
    for (let attempt = 1; !profile; attempt++) {
      try {
        profile = await repository.save(
          repository.create({
            earningsBasis: EarningsLimitBasis.NONE,
            earningsFixedEur: null,
            earningsPrePensionEur: null,
            earningsSharePercent: null,
            reducedWorkCapacity: false,
            ...checked,
            ...this.matchingColumns(checked),
            clientId: client.id,
            serviceProviderId: client.serviceProviderId,
            pseudonym: newPseudonym(),
            status: ProfileStatus.DRAFT,
            version: 1,
            scoredVersion: null,
            scoredScorerVersion: null,
            scoredAt: null,
            candidatesScored: 0,
            createdBy: viewer.userId,
            earningsLimitEur,
          }),
        );
      } catch (error) {
        if (attempt >= PSEUDONYM_ATTEMPTS || !isUniqueViolation(error, PSEUDONYM_KEY)) throw error;
      }
    }
    await this.scoringRequests.request('profile', profile.id, profile.version);
    return profile;
  }

  /**
   * Replaces the profile's content. With `expectedVersion`, CONFLICT unless it is still the current version: the
   * check and the write happen under the row's lock, so two editors cannot both win.
   */
  async update(
    viewer: Viewer,
    id: string,
    input: ProfileInput,
    expectedVersion?: number | null,
  ): Promise<ProfileEntity> {
    managedServiceProviderOf(viewer);
    const current = await this.getVisible(viewer, id);
    // Checked again under the lock when the status has moved since: an incomplete input is refused (REQUIRED)
    // for every status but DRAFT.
    let checked = await this.check(current.clientId, input, current.status);
    const saved = await this.dataSource.transaction(async (manager) => {
      const profile = await manager.findOne(ProfileEntity, {
        where: { id: current.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!profile) throw new ProfileNotFoundError();
      if (profile.status === ProfileStatus.ARCHIVED) {
        throw new ProfileStatusConflictError(
          profile.status,
          'The profile is ARCHIVED: an archived profile cannot change.',
        );
      }
      if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== profile.version) {
        throw new StaleProfileVersionError(profile.version);
      }
      if (profile.status !== current.status) checked = await this.check(current.clientId, input, profile.status);
      Object.assign(profile, withoutUndefined(checked), this.matchingColumns(checked), {
        version: profile.version + 1,
      });
      profile.earningsLimitEur = await this.limitOf(profile);
      return manager.save(profile);
    });
    await this.scoringRequests.request('profile', saved.id, saved.version);
    return saved;
  }

  /** Moves the profile along its life (profile-status.ts); CONFLICT for a move that is not allowed now. */
  async setStatus(viewer: Viewer, id: string, status: ProfileStatus): Promise<ProfileEntity> {
    managedServiceProviderOf(viewer);
    const current = await this.getVisible(viewer, id);
    const saved = await this.dataSource.transaction(async (manager) => {
      const profile = await manager.findOne(ProfileEntity, {
        where: { id: current.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!profile) throw new ProfileNotFoundError();
      const refusal = transitionRefusal(profile.status, status);
      if (refusal) throw new ProfileStatusConflictError(profile.status, refusal);
      if (!mayBeIncomplete(status)) {
        const problems = new FieldProblems();
        for (const field of missingForActivation(profile)) {
          problems.add(field, `is required before the profile can become ${status}`, 'REQUIRED');
        }
        problems.throwIfAny();
      }
      const activated = status === ProfileStatus.ACTIVE && profile.status !== ProfileStatus.ACTIVE;
      Object.assign(profile, this.matchingColumns(profile), {
        status,
        version: profile.version + 1,
        ...(activated ? { activatedAt: new Date() } : {}),
      });
      return manager.save(profile);
    });
    await this.scoringRequests.request('profile', saved.id, saved.version);
    return saved;
  }

  /**
   * The profile's row, FOR NO KEY UPDATE in the transaction of `manager`, with no visibility check (callers have
   * made theirs): a proposal changes under it, after the job's row, as erasure takes them. Null when erased.
   */
  lockRow(manager: EntityManager, id: string): Promise<ProfileEntity | null> {
    return manager.findOne(ProfileEntity, { where: { id }, lock: { mode: 'for_no_key_update' } });
  }

  /**
   * A hire, in the transaction of `manager` holding the profile's row (lockRow): the profile becomes PLACED, a new
   * version as setStatus would make (status is no input of the matching columns, so none is rewritten). Already
   * PLACED (hired for another part-time job), it stays as it is. Returns the new version to score, or null.
   */
  async placeLocked(manager: EntityManager, profile: ProfileEntity): Promise<number | null> {
    if (profile.status === ProfileStatus.PLACED) return null;
    const refusal = transitionRefusal(profile.status, ProfileStatus.PLACED);
    if (refusal) {
      throw new ProfileStatusConflictError(profile.status, `The candidate cannot be marked hired: ${refusal}`);
    }
    await manager.update(
      ProfileEntity,
      { id: profile.id },
      { status: ProfileStatus.PLACED, version: profile.version + 1 },
    );
    return profile.version + 1;
  }

  /**
   * Profiles by id, for loaders behind objects the caller was already allowed to see. No visibility check: an
   * employer-facing caller must turn each one into a CandidateProfile with toCandidate.
   */
  async profilesByIds(ids: readonly string[]): Promise<ProfileEntity[]> {
    if (ids.length === 0) return [];
    return this.dataSource
      .getRepository(ProfileEntity)
      .createQueryBuilder('p')
      .where('p.id IN (:...ids)', { ids })
      .getMany();
  }

  /** Every profile of these clients, newest first. */
  async profilesOfClients(clientIds: readonly string[]): Promise<ProfileEntity[]> {
    if (clientIds.length === 0) return [];
    return this.dataSource
      .getRepository(ProfileEntity)
      .createQueryBuilder('p')
      .where('p.client_id IN (:...clientIds)', { clientIds })
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }

  /**
   * The identity of a profile's client, for checking text about them (summary-privacy.ts); null when the profile
   * or its client is gone (erased).
   */
  async identityOfProfile(profileId: string): Promise<KnownIdentity | null> {
    const profile = await this.dataSource.getRepository(ProfileEntity).findOneBy({ id: profileId });
    if (!profile) return null;
    const [identity] = await this.identities.identitiesOf([profile.clientId]);
    return identity instanceof Error ? null : identity;
  }

  /**
   * The input checked against the taxonomy and, for the summary, against the client's own identity; complete
   * unless the profile may be incomplete (DRAFT, ARCHIVED: profile-completeness.ts).
   */
  private async check(clientId: string, input: ProfileInput, status: ProfileStatus): Promise<CheckedProfile> {
    const [identity, rules] = await Promise.all([this.identities.identityOf(clientId), this.rules.ofDay(null)]);
    const shares = rules
      .shareRules()
      .map((r) => r.percent)
      .filter((p): p is number => p !== null);
    return checkProfileInput(input, this.taxonomy, identity, 'input', shares, !mayBeIncomplete(status));
  }

  /** The euro limit of the stored basis by the rules in force today (the kernel's column). */
  private async limitOf(profile: Pick<ProfileEntity, StoredLimitColumns>): Promise<number | null> {
    return resolveLimit(storedLimitOf(profile), await this.rules.ofDay(null)).monthlyLimitEur;
  }

  /** The matching columns of the profile; null while it is incomplete (the worker scores only ACTIVE profiles). */
  private matchingColumns(profile: Parameters<typeof completeRecordOf>[0]): {
    requiredMask: number | null;
    features: Buffer | null;
  } {
    const record = completeRecordOf(profile);
    return record ? profileMatchingColumns(record, this.taxonomy) : { requiredMask: null, features: null };
  }
}
