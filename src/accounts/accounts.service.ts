import { Inject, Injectable, Logger } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { Language, OrganisationKind, Role } from '../common/enums';
import { BadInputError, FieldProblems, NotFoundError, UnauthenticatedError } from '../common/errors/domain-error';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { AuditAction } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import type {
  CreateOrganisationInput,
  CreateUserInput,
  SignUpEmployerInput,
  UpdateUserInput,
} from './dto/accounts.input';
import { OrganisationEntity } from './organisation.entity';
import { weakPasswordProblem } from './password-strength';
import { PASSWORD_MAX_LENGTH, PasswordService } from './password.service';
import { SessionService, type StartedSession } from './session.service';
import { UserEntity } from './user.entity';
import { isUniqueViolation } from '../database/postgres-errors';

/** Who did something, for the audit log. */
const actorOf = (viewer: Viewer) => ({ userId: viewer.userId, role: viewer.role });

export interface AuthResult {
  token: string;
  user: UserEntity;
  session: StartedSession;
}

const EMAIL_TAKEN = 'is already in use';

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly rateLimits: RateLimitService,
    private readonly taxonomy: TaxonomyService,
    private readonly audit: AuditService,
  ) {}

  /** Sign-in, sign-up and access-code attempts from one client address share one budget. */
  async countAddressAttempt(address: string): Promise<void> {
    await this.rateLimits.hit('auth-address', address, this.config.authRateLimit.perAddress);
  }

  async signUpEmployer(input: SignUpEmployerInput, address: string): Promise<AuthResult> {
    await this.countAddressAttempt(address);
    const problems = new FieldProblems();
    if (!this.taxonomy.municipality(input.municipalityCode)) {
      problems.add('input.municipalityCode', 'is not a known municipality code', 'UNKNOWN_CODE');
    }
    const weak = weakPasswordProblem(input.password, [input.email, input.organisationName]);
    if (weak) problems.add('input.password', weak, 'WEAK_PASSWORD');
    problems.throwIfAny();
    const passwordHash = await this.passwords.hash(input.password);
    try {
      const user = await this.dataSource.transaction(async (manager) => {
        const organisation = await manager.save(
          manager.create(OrganisationEntity, {
            name: input.organisationName,
            kind: OrganisationKind.EMPLOYER,
            businessId: input.businessId,
            municipalityCode: input.municipalityCode,
            // Anyone can sign up with a made-up company: an ADMIN verifies it before it sees any candidate.
            verifiedAt: null,
          }),
        );
        const user = await this.insertUser(manager, {
          email: input.email,
          passwordHash,
          role: Role.EMPLOYER,
          organisationId: organisation.id,
          preferredLanguage: input.preferredLanguage ?? Language.FI,
        });
        await this.audit.record(
          {
            actor: { userId: user.id, role: Role.EMPLOYER },
            action: AuditAction.ORGANISATION_CREATED,
            organisationId: organisation.id,
            detail: `employer sign-up by ${user.email}; waits for verification`,
          },
          manager,
        );
        return user;
      });
      return await this.signedIn(user);
    } catch (error) {
      if (isUniqueViolation(error, 'organisation_business_id_key')) {
        throw BadInputError.field(
          'input.businessId',
          'is already registered. Ask a colleague who uses Jobcenter, or the service, to add you.',
          'BUSINESS_ID_TAKEN',
        );
      }
      if (isUniqueViolation(error, 'app_user_email_key'))
        throw BadInputError.field('input.email', EMAIL_TAKEN, 'EMAIL_TAKEN');
      throw error;
    }
  }

  async login(email: string, password: string, address: string): Promise<AuthResult> {
    const problems = new FieldProblems();
    if (email.length === 0 || email.length > 254)
      problems.add('email', 'must be 1 to 254 characters', 'LENGTH_OUT_OF_RANGE');
    if (password.length === 0 || password.length > PASSWORD_MAX_LENGTH) {
      problems.add('password', `must be 1 to ${PASSWORD_MAX_LENGTH} characters`, 'LENGTH_OUT_OF_RANGE');
    }
    problems.throwIfAny();
    await this.countAddressAttempt(address);
    const account = email.trim().toLowerCase();
    // Failures count per account from this address, so that someone guessing from elsewhere cannot lock the owner
    // out, and per account from anywhere, with a higher limit, against guessing from many addresses.
    const { perAccount, perAccountGlobal } = this.config.authRateLimit;
    const attempt = await this.rateLimits.reserve([
      { scope: 'auth-account', subject: `${account}|${address}`, limit: perAccount },
      { scope: 'auth-account-global', subject: account, limit: perAccountGlobal },
    ]);

    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email: account })
      .getOne();
    const valid = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !valid) throw new UnauthenticatedError('Wrong email or password.');
    await attempt.release();
    delete (user as Partial<UserEntity>).passwordHash;
    return this.signedIn(user);
  }

  /** A new session for a user who has just proven who they are. */
  async signedIn(user: UserEntity): Promise<AuthResult> {
    const session = await this.sessions.start(user.id);
    return { token: session.token, user, session };
  }

  async createOrganisation(admin: Viewer, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    const problems = new FieldProblems();
    if (input.kind === OrganisationKind.EMPLOYER && !input.businessId) {
      problems.add('input.businessId', 'is required for employers', 'REQUIRED');
    }
    if (input.kind === OrganisationKind.SERVICE_PROVIDER && input.businessId) {
      problems.add('input.businessId', 'is recorded for employers only', 'NOT_ALLOWED_FOR_ROLE');
    }
    if (input.municipalityCode && !this.taxonomy.municipality(input.municipalityCode)) {
      problems.add('input.municipalityCode', 'is not a known municipality code', 'UNKNOWN_CODE');
    }
    problems.throwIfAny();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const organisation = await manager.save(
          manager.create(OrganisationEntity, {
            name: input.name,
            kind: input.kind,
            businessId: input.businessId ?? null,
            municipalityCode: input.municipalityCode ?? null,
            // An employer created by an ADMIN is verified by an explicit verifyOrganisation, as a signed-up one.
            verifiedAt: null,
          }),
        );
        await this.audit.record(
          {
            actor: actorOf(admin),
            action: AuditAction.ORGANISATION_CREATED,
            organisationId: organisation.id,
            detail: `${organisation.kind} ${organisation.name}`,
          },
          manager,
        );
        return organisation;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'organisation_business_id_key')) {
        throw BadInputError.field('input.businessId', 'is already registered', 'BUSINESS_ID_TAKEN');
      }
      throw error;
    }
  }

  /**
   * ADMIN: marks an employer organisation verified, from which moment its users see candidates. Idempotent: a
   * second call keeps the first date and writes no second event. Under the row's lock, so two admins verifying at
   * once write one event.
   */
  async verifyOrganisation(admin: Viewer, id: string): Promise<OrganisationEntity> {
    if (!isUUID(id)) throw new NotFoundError('The organisation');
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager
        .getRepository(OrganisationEntity)
        .createQueryBuilder('o')
        .setLock('pessimistic_write')
        .where('o.id = :id', { id })
        .getOne();
      if (!organisation) throw new NotFoundError('The organisation');
      if (organisation.kind !== OrganisationKind.EMPLOYER) {
        throw BadInputError.field(
          'id',
          'is not an employer organisation: only employers are verified',
          'NOT_ALLOWED_FOR_ROLE',
        );
      }
      if (organisation.verifiedAt) return organisation;
      await manager.query('UPDATE organisation SET verified_at = now() WHERE id = $1', [id]);
      const verified = await manager.findOneByOrFail(OrganisationEntity, { id });
      await this.audit.record(
        {
          actor: actorOf(admin),
          action: AuditAction.ORGANISATION_VERIFIED,
          organisationId: organisation.id,
          detail: `${organisation.name} (${organisation.businessId ?? 'no business ID'})`,
        },
        manager,
      );
      return verified;
    });
  }

  async createUser(admin: Viewer, input: CreateUserInput): Promise<UserEntity> {
    const problems = new FieldProblems();
    const organisation = await this.dataSource
      .getRepository(OrganisationEntity)
      .findOneBy({ id: input.organisationId });
    if (input.role === Role.ADMIN)
      problems.add('input.role', 'ADMIN users are created from the configuration only', 'NOT_ALLOWED_VALUE');
    if (input.role === Role.CLIENT)
      problems.add(
        'input.role',
        'clients are created by coordinators and sign in with access codes',
        'NOT_ALLOWED_VALUE',
      );
    if (!organisation) {
      problems.add('input.organisationId', 'is not an existing organisation', 'UNKNOWN_CODE');
    } else if (input.role === Role.EMPLOYER && organisation.kind !== OrganisationKind.EMPLOYER) {
      problems.add(
        'input.organisationId',
        'must be an employer organisation for an EMPLOYER user',
        'NOT_ALLOWED_FOR_ROLE',
      );
    } else if (input.role === Role.COORDINATOR && organisation.kind !== OrganisationKind.SERVICE_PROVIDER) {
      problems.add('input.organisationId', 'must be a service provider for a COORDINATOR user', 'NOT_ALLOWED_FOR_ROLE');
    }
    const weak = weakPasswordProblem(input.password, [input.email, organisation?.name ?? '']);
    if (weak) problems.add('input.password', weak, 'WEAK_PASSWORD');
    problems.throwIfAny();
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await this.insertUser(manager, {
          email: input.email,
          passwordHash,
          role: input.role,
          organisationId: input.organisationId,
          preferredLanguage: input.preferredLanguage ?? Language.FI,
        });
        await this.audit.record(
          {
            actor: actorOf(admin),
            action: AuditAction.USER_CREATED,
            organisationId: user.organisationId,
            detail: `${user.role} ${user.email}`,
          },
          manager,
        );
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'app_user_email_key'))
        throw BadInputError.field('input.email', EMAIL_TAKEN, 'EMAIL_TAKEN');
      throw error;
    }
  }

  /**
   * ADMIN: changes an employer's or coordinator's role, organisation or language. A new role or organisation ends
   * the account's sessions in the same transaction, so nothing is done under the old rights after this answers.
   */
  async updateUser(admin: Viewer, id: string, input: UpdateUserInput): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .setLock('pessimistic_write')
        .where('u.id = :id', { id })
        .getOne();
      if (!user) throw new NotFoundError('The user');
      const role = input.role ?? user.role;
      const organisationId = input.organisationId ?? user.organisationId;
      const problems = new FieldProblems();
      if (user.role === Role.ADMIN || user.role === Role.CLIENT) {
        problems.add('id', `${user.role} accounts are not changed here`, 'NOT_CHANGEABLE');
      }
      if (input.role === Role.ADMIN)
        problems.add('input.role', 'ADMIN users are created from the configuration only', 'NOT_ALLOWED_VALUE');
      if (input.role === Role.CLIENT) {
        problems.add(
          'input.role',
          'clients are created by coordinators and sign in with access codes',
          'NOT_ALLOWED_VALUE',
        );
      }
      const organisation = organisationId
        ? await manager.getRepository(OrganisationEntity).findOneBy({ id: organisationId })
        : null;
      if (input.organisationId && !organisation) {
        problems.add('input.organisationId', 'is not an existing organisation', 'UNKNOWN_CODE');
      } else if (organisation && role === Role.EMPLOYER && organisation.kind !== OrganisationKind.EMPLOYER) {
        problems.add(
          'input.organisationId',
          'must be an employer organisation for an EMPLOYER user',
          'NOT_ALLOWED_FOR_ROLE',
        );
      } else if (organisation && role === Role.COORDINATOR && organisation.kind !== OrganisationKind.SERVICE_PROVIDER) {
        problems.add(
          'input.organisationId',
          'must be a service provider for a COORDINATOR user',
          'NOT_ALLOWED_FOR_ROLE',
        );
      }
      problems.throwIfAny();
      const rightsChange = role !== user.role || organisationId !== user.organisationId;
      const changes = [
        role !== user.role ? `role ${user.role} → ${role}` : null,
        organisationId !== user.organisationId ? 'organisation changed' : null,
        input.preferredLanguage && input.preferredLanguage !== user.preferredLanguage
          ? `language ${user.preferredLanguage} → ${input.preferredLanguage}`
          : null,
      ].filter((change): change is string => change !== null);
      // Both organisations concerned see the change: the one the account leaves and the one it joins.
      for (const concerned of new Set([user.organisationId, organisationId])) {
        await this.audit.record(
          {
            actor: actorOf(admin),
            action: AuditAction.USER_UPDATED,
            organisationId: concerned,
            detail: `${user.email}: ${changes.join(', ') || 'no change'}`,
          },
          manager,
        );
      }
      user.role = role;
      user.organisationId = organisationId;
      user.preferredLanguage = input.preferredLanguage ?? user.preferredLanguage;
      const saved = await manager.save(user);
      if (rightsChange) await this.sessions.endAll(user.id, manager);
      return saved;
    });
  }

  /** The signed-in user's own language, which the pages' language switch sets. */
  async updatePreferences(viewer: Viewer, preferredLanguage: Language): Promise<UserEntity> {
    const repository = this.dataSource.getRepository(UserEntity);
    await repository.update({ id: viewer.userId }, { preferredLanguage });
    const user = await repository.findOneBy({ id: viewer.userId });
    if (!user) throw new NotFoundError('Your account');
    return user;
  }

  private async insertUser(
    manager: EntityManager,
    values: Pick<UserEntity, 'email' | 'passwordHash' | 'role' | 'organisationId' | 'preferredLanguage'>,
  ): Promise<UserEntity> {
    const saved = await manager.save(manager.create(UserEntity, { ...values, clientId: null }));
    delete (saved as Partial<UserEntity>).passwordHash;
    return saved;
  }

  /**
   * Creates the configured admin if no account has that email. Safe to run from several API processes at
   * once: the insert yields to the unique index instead of failing.
   */
  async bootstrapAdmin(): Promise<void> {
    const admin = this.config.admin;
    if (!admin) return;
    const passwordHash = await this.passwords.hash(admin.password);
    const inserted = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO app_user (email, password_hash, role, preferred_language)
       VALUES ($1, $2, 'ADMIN', 'EN')
       ON CONFLICT (lower(email)) WHERE email IS NOT NULL DO NOTHING
       RETURNING id`,
      [admin.email, passwordHash],
    );
    if (inserted.length > 0) {
      this.logger.log(`created the admin account ${admin.email}`);
      return;
    }
    const existing = await this.dataSource.query<{ role: Role }[]>(
      'SELECT role FROM app_user WHERE lower(email) = lower($1)',
      [admin.email],
    );
    if (existing[0]?.role !== Role.ADMIN) {
      this.logger.error(`ADMIN_EMAIL ${admin.email} belongs to a ${existing[0]?.role} account; no admin was created`);
    }
  }

  async userById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  async organisationsByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    if (ids.length === 0) return [];
    return this.dataSource
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .where('o.id IN (:...ids)', { ids })
      .getMany();
  }
}
