import { Inject, Injectable, Logger } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { Language, OrganisationKind, Role } from '../common/enums';
import {
  BadInputError,
  FieldProblems,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from '../common/errors/domain-error';
import { OutboxService } from '../mail/outbox.service';
import { MailKind } from '../mail/templates';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { AuditAction } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import type {
  CreateOrganisationInput,
  CreateUserInput,
  NotificationSettingsInput,
  SignUpEmployerInput,
  UpdateUserInput,
} from './dto/accounts.input';
import { OrganisationEntity } from './organisation.entity';
import { weakPasswordProblem } from './password-strength';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PasswordService } from './password.service';
import { SessionService, type StartedSession } from './session.service';
import { UserEntity } from './user.entity';
import { isUniqueViolation } from '../database/postgres-errors';
import {
  FORGOT_PASSWORD_PATH,
  hashLinkToken,
  InvalidLinkError,
  LINK_LIFETIME_SECONDS,
  LINK_TOKEN_MAX_LENGTH,
  LinkPurpose,
  linkPath,
  newLinkToken,
} from './email-links';

/** The details of a sign-up that wait in its link's row until the address is verified. */
interface PendingSignUp {
  organisationName: string;
  businessId: string;
  municipalityCode: string;
  preferredLanguage: Language;
}

/** A link's row, locked, as the pages' tokens find it. */
interface LinkRow {
  id: string;
  user_id: string | null;
  email: string | null;
  password_hash: string | null;
  sign_up: PendingSignUp | null;
  expired: boolean;
  used: boolean;
}

/** Who did something, for the audit log. */
const actorOf = (viewer: Viewer) => ({ userId: viewer.userId, role: viewer.role });

export interface AuthResult {
  token: string;
  user: UserEntity;
  session: StartedSession;
}

const EMAIL_TAKEN = 'is already in use';

function businessIdTaken(): BadInputError {
  return BadInputError.field(
    'input.businessId',
    'is already registered. Ask a colleague who uses Jobcenter, or the service, to add you.',
    'BUSINESS_ID_TAKEN',
  );
}

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
    private readonly outbox: OutboxService,
  ) {}

  /** Sign-in, sign-up and access-code attempts from one client address share one budget. */
  async countAddressAttempt(address: string): Promise<void> {
    await this.rateLimits.hit('auth-address', address, this.config.authRateLimit.perAddress);
  }

  /**
   * Development and tests only: an employer's account at once, without verifying the address (its answer tells
   * whether the address has an account). Production refuses it: registerEmployer verifies the address first.
   */
  async signUpEmployer(input: SignUpEmployerInput, address: string): Promise<AuthResult> {
    if (this.config.production) {
      throw new ForbiddenError('Sign up with registerEmployer: it sends a link to verify the address.');
    }
    await this.countAddressAttempt(address);
    this.checkSignUp(input);
    const passwordHash = await this.passwords.hash(input.password);
    const user = await this.createEmployer(input.email, passwordHash, input);
    return this.signedIn(user);
  }

  private checkSignUp(input: SignUpEmployerInput): void {
    const problems = new FieldProblems();
    if (!this.taxonomy.municipality(input.municipalityCode)) {
      problems.add('input.municipalityCode', 'is not a known municipality code', 'UNKNOWN_CODE');
    }
    const weak = weakPasswordProblem(input.password, [input.email, input.organisationName]);
    if (weak) problems.add('input.password', weak, 'WEAK_PASSWORD');
    problems.throwIfAny();
  }

  /** The employer's organisation and first user, in the caller's transaction or a new one. */
  private async createEmployer(
    email: string,
    passwordHash: string,
    details: Omit<PendingSignUp, 'preferredLanguage'> & { preferredLanguage?: Language | null },
    manager?: EntityManager,
  ): Promise<UserEntity> {
    const create = async (m: EntityManager): Promise<UserEntity> => {
      const organisation = await m.save(
        m.create(OrganisationEntity, {
          name: details.organisationName,
          kind: OrganisationKind.EMPLOYER,
          businessId: details.businessId,
          municipalityCode: details.municipalityCode,
          // Anyone can sign up with a made-up company: an ADMIN verifies it before it sees any candidate.
          verifiedAt: null,
        }),
      );
      const user = await this.insertUser(m, {
        email,
        passwordHash,
        role: Role.EMPLOYER,
        organisationId: organisation.id,
        preferredLanguage: details.preferredLanguage ?? Language.FI,
      });
      await this.audit.record(
        {
          actor: { userId: user.id, role: Role.EMPLOYER },
          action: AuditAction.ORGANISATION_CREATED,
          organisationId: organisation.id,
          detail: `employer sign-up by ${user.email}; waits for verification`,
        },
        m,
      );
      return user;
    };
    try {
      return await (manager ? create(manager) : this.dataSource.transaction(create));
    } catch (error) {
      if (isUniqueViolation(error, 'organisation_business_id_key')) throw businessIdTaken();
      if (isUniqueViolation(error, 'app_user_email_key'))
        throw BadInputError.field('input.email', EMAIL_TAKEN, 'EMAIL_TAKEN');
      throw error;
    }
  }

  /**
   * Starts an employer's sign-up, answering the same whether or not the address has an account: a free address
   * gets a link to verify it (the sign-up waits in the link's row, for a day), a taken one a mail saying that
   * someone tried to sign up with it. Both paths hash the password, so they take about as long. A business id that
   * is registered already is still refused here: it names an organisation, not a person's address.
   */
  async registerEmployer(input: SignUpEmployerInput, address: string): Promise<boolean> {
    await this.countAddressAttempt(address);
    this.checkSignUp(input);
    const passwordHash = await this.passwords.hash(input.password);
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.query<{ email: string; preferred_language: Language }[]>(
        'SELECT email, preferred_language FROM app_user WHERE lower(email) = lower($1)',
        [input.email],
      );
      if (existing.length > 0) {
        await this.outbox.enqueue(manager, {
          kind: MailKind.SIGN_UP_ADDRESS_TAKEN,
          to: existing[0].email,
          language: existing[0].preferred_language,
          path: FORGOT_PASSWORD_PATH,
        });
        return;
      }
      const registered = await manager.query<unknown[]>('SELECT 1 FROM organisation WHERE business_id = $1', [
        input.businessId,
      ]);
      if (registered.length > 0) throw businessIdTaken();
      // A new sign-up with the address replaces an earlier one that was never verified.
      await manager.query(
        "DELETE FROM email_token WHERE purpose = 'SIGN_UP' AND lower(email) = lower($1) AND used_at IS NULL",
        [input.email],
      );
      const language = input.preferredLanguage ?? Language.FI;
      const signUp: PendingSignUp = {
        organisationName: input.organisationName,
        businessId: input.businessId,
        municipalityCode: input.municipalityCode,
        preferredLanguage: language,
      };
      const { token, hash } = newLinkToken();
      await manager.query(
        `INSERT INTO email_token (purpose, token_hash, email, password_hash, sign_up, expires_at)
         VALUES ('SIGN_UP', $1, $2, $3, $4, now() + $5::int * interval '1 second')`,
        [hash, input.email, passwordHash, JSON.stringify(signUp), LINK_LIFETIME_SECONDS[LinkPurpose.SIGN_UP]],
      );
      await this.outbox.enqueue(manager, {
        kind: MailKind.VERIFY_SIGN_UP,
        to: input.email,
        language,
        path: linkPath(LinkPurpose.SIGN_UP, token),
      });
    });
    return true;
  }

  /** Completes a sign-up from its link: the organisation and the employer are created, and signed in. */
  async verifyEmail(token: string, address: string): Promise<AuthResult> {
    await this.countAddressAttempt(address);
    const user = await this.dataSource.transaction(async (manager) => {
      const link = await this.useLink(manager, LinkPurpose.SIGN_UP, token);
      if (!link.email || !link.password_hash || !link.sign_up) throw new InvalidLinkError('LINK_WRONG');
      const created = await this.createEmployer(link.email, link.password_hash, link.sign_up, manager);
      await manager.query(
        "DELETE FROM email_token WHERE purpose = 'SIGN_UP' AND lower(email) = lower($1) AND used_at IS NULL",
        [link.email],
      );
      return created;
    });
    return this.signedIn(user);
  }

  /**
   * Sends a link to choose a new password when an account has the address; answers the same either way. An
   * invited user who lost the invitation can choose their password this way too.
   */
  async requestPasswordReset(email: string, address: string): Promise<boolean> {
    const trimmed = email.trim();
    if (trimmed.length === 0 || trimmed.length > 254) {
      throw BadInputError.field('email', 'must be 1 to 254 characters', 'LENGTH_OUT_OF_RANGE');
    }
    await this.countAddressAttempt(address);
    await this.dataSource.transaction(async (manager) => {
      const users = await manager.query<{ id: string; email: string; preferred_language: Language }[]>(
        `SELECT id, email, preferred_language FROM app_user
          WHERE lower(email) = lower($1) AND role <> 'CLIENT'`,
        [trimmed],
      );
      const user = users[0];
      if (!user) return;
      const { token, hash } = newLinkToken();
      await manager.query(
        `INSERT INTO email_token (purpose, token_hash, user_id, expires_at)
         VALUES ('PASSWORD_RESET', $1, $2, now() + $3::int * interval '1 second')`,
        [hash, user.id, LINK_LIFETIME_SECONDS[LinkPurpose.PASSWORD_RESET]],
      );
      await this.outbox.enqueue(manager, {
        kind: MailKind.PASSWORD_RESET,
        to: user.email,
        language: user.preferred_language,
        path: linkPath(LinkPurpose.PASSWORD_RESET, token),
      });
    });
    return true;
  }

  /** A new password from a reset link (once, within 30 minutes): every session of the account ends, a new one starts. */
  resetPassword(token: string, newPassword: string, address: string): Promise<AuthResult> {
    return this.setPasswordFromLink(LinkPurpose.PASSWORD_RESET, token, newPassword, 'newPassword', address);
  }

  /** The invited user's own password, from the invitation's link; they are signed in. */
  acceptInvitation(token: string, password: string, address: string): Promise<AuthResult> {
    return this.setPasswordFromLink(LinkPurpose.INVITATION, token, password, 'password', address);
  }

  private async setPasswordFromLink(
    purpose: LinkPurpose.PASSWORD_RESET | LinkPurpose.INVITATION,
    token: string,
    password: string,
    field: string,
    address: string,
  ): Promise<AuthResult> {
    if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
      throw BadInputError.field(
        field,
        `must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
        'LENGTH_OUT_OF_RANGE',
      );
    }
    await this.countAddressAttempt(address);
    // The link is checked (without using it) before the password, so that a weak password does not spend it.
    const peek = await this.dataSource.transaction((manager) => this.useLink(manager, purpose, token, false));
    const owner = await this.dataSource.query<{ email: string; name: string | null }[]>(
      `SELECT u.email, o.name FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1`,
      [peek.user_id],
    );
    if (!owner[0]) throw new InvalidLinkError('LINK_WRONG');
    const weak = weakPasswordProblem(password, [owner[0].email, owner[0].name ?? '']);
    if (weak) throw BadInputError.field(field, weak, 'WEAK_PASSWORD');
    const passwordHash = await this.passwords.hash(password);
    const user = await this.dataSource.transaction(async (manager) => {
      const link = await this.useLink(manager, purpose, token);
      const userId = link.user_id as string;
      await manager.query('UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1', [
        userId,
        passwordHash,
      ]);
      // Every other link of the account that sets a password stops working, and so does every session.
      await manager.query(
        `UPDATE email_token SET used_at = now()
          WHERE user_id = $1 AND purpose IN ('PASSWORD_RESET', 'INVITATION') AND used_at IS NULL`,
        [userId],
      );
      await this.sessions.endAll(userId, manager);
      return manager.getRepository(UserEntity).findOneByOrFail({ id: userId });
    });
    return this.signedIn(user);
  }

  /**
   * The link of `purpose` with this token, locked; refused (InvalidLinkError) when unknown, expired or used. With
   * `use`, marks it used in the caller's transaction.
   */
  private async useLink(manager: EntityManager, purpose: LinkPurpose, token: string, use = true): Promise<LinkRow> {
    if (token.length === 0 || token.length > LINK_TOKEN_MAX_LENGTH) throw new InvalidLinkError('LINK_WRONG');
    const rows = await manager.query<LinkRow[]>(
      `SELECT id, user_id, email, password_hash, sign_up, expires_at <= now() AS expired, used_at IS NOT NULL AS used
         FROM email_token WHERE token_hash = $1 AND purpose = $2 FOR UPDATE`,
      [hashLinkToken(token), purpose],
    );
    const link = rows[0];
    if (!link) throw new InvalidLinkError('LINK_WRONG');
    if (link.used) throw new InvalidLinkError('LINK_USED');
    if (link.expired) throw new InvalidLinkError('LINK_EXPIRED');
    if (use) await manager.query('UPDATE email_token SET used_at = now() WHERE id = $1', [link.id]);
    return link;
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
    if (input.password !== undefined && input.password !== null && this.config.production) {
      problems.add(
        'input.password',
        'is not set by others in production: leave it out, and the user gets an invitation to choose their own',
        'NOT_ALLOWED_VALUE',
      );
    } else if (input.password) {
      const weak = weakPasswordProblem(input.password, [input.email, organisation?.name ?? '']);
      if (weak) problems.add('input.password', weak, 'WEAK_PASSWORD');
    }
    problems.throwIfAny();
    const passwordHash = input.password ? await this.passwords.hash(input.password) : null;
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
        if (!passwordHash) {
          // An invitation: the new user chooses their own password from the link; the creator never knows it.
          const { token, hash } = newLinkToken();
          await manager.query(
            `INSERT INTO email_token (purpose, token_hash, user_id, expires_at)
             VALUES ('INVITATION', $1, $2, now() + $3::int * interval '1 second')`,
            [hash, user.id, LINK_LIFETIME_SECONDS[LinkPurpose.INVITATION]],
          );
          await this.outbox.enqueue(manager, {
            kind: MailKind.INVITATION,
            to: input.email,
            language: user.preferredLanguage,
            path: linkPath(LinkPurpose.INVITATION, token),
          });
        }
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

  /** The signed-in user's notification settings; only the fields given change. */
  async updateNotificationSettings(viewer: Viewer, input: NotificationSettingsInput): Promise<UserEntity> {
    const repository = this.dataSource.getRepository(UserEntity);
    const changes: Partial<UserEntity> = {};
    if (typeof input.proposals === 'boolean') changes.notifyProposals = input.proposals;
    if (typeof input.introductions === 'boolean') changes.notifyIntroductions = input.introductions;
    if (typeof input.offerAnswers === 'boolean') changes.notifyOfferAnswers = input.offerAnswers;
    if (typeof input.reminders === 'boolean') changes.notifyReminders = input.reminders;
    if (Object.keys(changes).length > 0) await repository.update({ id: viewer.userId }, changes);
    const user = await repository.findOneBy({ id: viewer.userId });
    if (!user) throw new NotFoundError('Your account');
    return user;
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
