import { Transform, plainToInstance } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MinLength,
  Min,
  validateSync,
} from 'class-validator';

/**
 * Every environment variable the processes read, validated once at boot. The README documents each one.
 * Development defaults apply everywhere except production, where the secrets must be given.
 */
export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/** Used by the app and by the migration CLI, which reads nothing else. */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/jobcenter';

const DEV_JWT_SECRET = 'development-only-jwt-secret-do-not-use-in-production';
// 32 bytes, base64. Development only: production refuses to start without its own key.
const DEV_DATA_KEY = 'ZGV2ZWxvcG1lbnQtb25seS1rZXktMzItYnl0ZXMhIT0=';

/** Whether `items` is one run of at most half its length repeated (`abab…`, `aaaa…`, `0123456789012…`). */
function isRepetition<T>(items: readonly T[]): boolean {
  for (let period = 1; period <= items.length / 2; period++) {
    if (items.every((item, i) => i < period || item === items[i - period])) return true;
  }
  return false;
}

/**
 * Why a secret is too easy to guess, if it is: the development value from the source, too few different symbols
 * (characters of a signing secret, bytes of a key), or one short run repeated. A random secret is none of these.
 */
export function weakSecretProblem(
  symbols: readonly (string | number)[],
  developmentValue: readonly (string | number)[],
  minDistinct: number,
): string | null {
  if (symbols.length === developmentValue.length && symbols.every((s, i) => s === developmentValue[i])) {
    return 'is the development value from the source code; production needs its own secret';
  }
  if (new Set(symbols).size < minDistinct || isRepetition(symbols)) {
    return `is too easy to guess (fewer than ${minDistinct} different symbols, or a short pattern repeated); generate a random one`;
  }
  return null;
}

const keyBytes = (text: string): Buffer => Buffer.from(text, text.length === 64 ? 'hex' : 'base64');

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;

class EnvSchema {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// URL' })
  DATABASE_URL = DEFAULT_DATABASE_URL;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(100)
  @Max(120_000)
  DATABASE_CONNECT_TIMEOUT_MS = 3000;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(100)
  @Max(600_000)
  DATABASE_STATEMENT_TIMEOUT_MS = 15_000;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(100)
  @Max(120_000)
  DATABASE_POOL_WAIT_TIMEOUT_MS = 3000;

  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @Matches(/^([A-Za-z0-9+/]{43}=|[0-9a-fA-F]{64})$/, {
    message: 'must be 32 bytes as base64 (44 characters) or hex (64)',
  })
  DATA_ENCRYPTION_KEY?: string;

  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'must be at least 10 characters' })
  ADMIN_PASSWORD?: string;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of seconds' })
  @Min(1)
  @Max(86_400)
  SESSION_IDLE_SECONDS = 1800;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of seconds' })
  @Min(1)
  @Max(2_592_000)
  SESSION_ABSOLUTE_SECONDS = 43_200;

  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'must be 1-40 letters, digits, - or _' })
  REDIS_PREFIX = 'jobcenter';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  AUTH_RATE_LIMIT_PER_ADDRESS = 30;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  AUTH_RATE_LIMIT_PER_ACCOUNT = 10;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  AUTH_RATE_LIMIT_PER_ACCOUNT_GLOBAL = 100;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of seconds' })
  @Min(1)
  AUTH_RATE_LIMIT_WINDOW_SECONDS = 900;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(100)
  RECONCILE_INTERVAL_MS = 5000;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(100_000)
  RESCORE_BATCH = 500;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(10_000)
  MATCH_TOP_K = 500;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY = 2;

  /** Distinct candidates a verified employer organisation may be shown per Europe/Helsinki day. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(1_000_000)
  CANDIDATE_VIEWS_PER_DAY = 300;

  @IsIn(['0', '1', 'true', 'false'])
  TRUST_PROXY = 'false';

  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9._~+/=-]{24,200}$/, { message: 'must be 24-200 characters of a bearer token' })
  METRICS_TOKEN?: string;

  @Matches(/^([A-Za-z_][A-Za-z0-9_]{0,63}(,[A-Za-z_][A-Za-z0-9_]{0,63})*)?$/, {
    message: 'must be GraphQL operation names separated by commas',
  })
  METRICS_OPERATION_NAMES = '';

  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsEmail({ require_tld: false, allow_display_name: true }, { message: 'must be an email address' })
  MAIL_FROM = 'Jobcenter <no-reply@jobcenter.localhost>';

  @IsOptional()
  @IsEmail({ require_tld: false, allow_display_name: true }, { message: 'must be an email address' })
  MAIL_REPLY_TO?: string;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'must be an http:// or https:// URL' })
  PUBLIC_URL?: string;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(50)
  @Max(600_000)
  MAIL_POLL_INTERVAL_MS = 1000;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(10)
  @Max(3_600_000)
  MAIL_RETRY_BASE_MS = 2000;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(10)
  @Max(86_400_000)
  MAIL_RETRY_MAX_MS = 900_000;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of seconds' })
  @Min(1)
  @Max(31_536_000)
  REMINDER_AFTER_SECONDS = 604_800;

  /** Fault injection for tests: the worker waits this long before committing a scoring run. */
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(0)
  SCORING_PAUSE_BEFORE_COMMIT_MS = 0;
}

export interface DatabaseTimeouts {
  connectMs: number;
  statementMs: number;
  poolWaitMs: number;
}

export interface AppConfig {
  nodeEnv: NodeEnv;
  production: boolean;
  databaseUrl: string;
  /** How long to wait for Postgres: to connect, for one statement, for a free connection of the pool. */
  databaseTimeouts: DatabaseTimeouts;
  redisUrl: string;
  port: number;
  jwtSecret: string;
  /** A session ends after this long without use, and at the latest after `absoluteSeconds`. */
  session: { idleSeconds: number; absoluteSeconds: number };
  dataEncryptionKey: Buffer;
  admin: { email: string; password: string } | null;
  redisPrefix: string;
  logLevel: string;
  /** Failed sign-ins per account and address, per account from anywhere; wrong access codes per address. */
  authRateLimit: { perAddress: number; perAccount: number; perAccountGlobal: number; windowSeconds: number };
  reconcileIntervalMs: number;
  /** Jobs and profiles of an older scorer version enqueued per reconciler pass, each kind. */
  rescoreBatch: number;
  matchTopK: number;
  workerConcurrency: number;
  /** Distinct candidates a verified employer organisation may be shown per Europe/Helsinki day. */
  candidateViewsPerDay: number;
  trustProxy: boolean;
  scoringPauseBeforeCommitMs: number;
  /** The built web app's directory; null: `web/dist` under the project root (common/http/web-app.ts). */
  webDistDir: string | null;
  /** Bearer token /metrics asks for; null: open outside production, refused in production. */
  metricsToken: string | null;
  /** Operation names counted by name in graphql_operations_total; any other name counts as `other`. */
  metricsOperationNames: ReadonlySet<string>;
  mail: MailConfig;
}

export interface MailConfig {
  /** Where the worker sends mail; null (outside production only): mails wait in the outbox. */
  smtpUrl: string | null;
  from: string;
  replyTo: string | null;
  /** The web app's address, without a trailing slash: the links in mails start with it. */
  publicUrl: string;
  pollIntervalMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** After this long without an answer, the side a proposal waits for is reminded (once). */
  reminderAfterSeconds: number;
}

/** The variables EnvSchema declares; an empty value counts as unset. */
export const ENV_VARIABLES: readonly (keyof EnvSchema)[] = [
  'NODE_ENV',
  'DATABASE_URL',
  'DATABASE_CONNECT_TIMEOUT_MS',
  'DATABASE_STATEMENT_TIMEOUT_MS',
  'DATABASE_POOL_WAIT_TIMEOUT_MS',
  'REDIS_URL',
  'PORT',
  'JWT_SECRET',
  'DATA_ENCRYPTION_KEY',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'SESSION_IDLE_SECONDS',
  'SESSION_ABSOLUTE_SECONDS',
  'REDIS_PREFIX',
  'LOG_LEVEL',
  'AUTH_RATE_LIMIT_PER_ADDRESS',
  'AUTH_RATE_LIMIT_PER_ACCOUNT',
  'AUTH_RATE_LIMIT_PER_ACCOUNT_GLOBAL',
  'AUTH_RATE_LIMIT_WINDOW_SECONDS',
  'RECONCILE_INTERVAL_MS',
  'RESCORE_BATCH',
  'MATCH_TOP_K',
  'WORKER_CONCURRENCY',
  'CANDIDATE_VIEWS_PER_DAY',
  'TRUST_PROXY',
  'SCORING_PAUSE_BEFORE_COMMIT_MS',
  'WEB_DIST_DIR',
  'METRICS_TOKEN',
  'METRICS_OPERATION_NAMES',
  'SMTP_URL',
  'MAIL_FROM',
  'MAIL_REPLY_TO',
  'PUBLIC_URL',
  'MAIL_POLL_INTERVAL_MS',
  'MAIL_RETRY_BASE_MS',
  'MAIL_RETRY_MAX_MS',
  'REMINDER_AFTER_SECONDS',
];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of ENV_VARIABLES) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = plainToInstance(EnvSchema, raw);
  const problems = validateSync(parsed, { skipMissingProperties: false }).map(
    (e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  const production = parsed.NODE_ENV === 'production';
  if (production && !parsed.JWT_SECRET) problems.push('JWT_SECRET: is required when NODE_ENV=production');
  if (production && !parsed.DATA_ENCRYPTION_KEY) {
    problems.push('DATA_ENCRYPTION_KEY: is required when NODE_ENV=production');
  }
  if (production && parsed.JWT_SECRET) {
    const problem = weakSecretProblem([...parsed.JWT_SECRET], [...DEV_JWT_SECRET], 10);
    if (problem) problems.push(`JWT_SECRET: ${problem} (for example: openssl rand -base64 48)`);
  }
  if (production && parsed.DATA_ENCRYPTION_KEY && problems.every((p) => !p.startsWith('DATA_ENCRYPTION_KEY'))) {
    const problem = weakSecretProblem([...keyBytes(parsed.DATA_ENCRYPTION_KEY)], [...keyBytes(DEV_DATA_KEY)], 12);
    if (problem) problems.push(`DATA_ENCRYPTION_KEY: ${problem} (for example: openssl rand -base64 32)`);
  }
  if (production && !parsed.SMTP_URL) problems.push('SMTP_URL: is required when NODE_ENV=production');
  if (production && !parsed.PUBLIC_URL) {
    problems.push(
      'PUBLIC_URL: is required when NODE_ENV=production (the address of the web pages, for the links in mails)',
    );
  }
  if (parsed.MAIL_RETRY_BASE_MS > parsed.MAIL_RETRY_MAX_MS) {
    problems.push('MAIL_RETRY_BASE_MS: must not be longer than MAIL_RETRY_MAX_MS');
  }
  if (Boolean(parsed.ADMIN_EMAIL) !== Boolean(parsed.ADMIN_PASSWORD)) {
    problems.push('ADMIN_EMAIL, ADMIN_PASSWORD: give both or neither');
  }
  if (parsed.SESSION_IDLE_SECONDS > parsed.SESSION_ABSOLUTE_SECONDS) {
    problems.push('SESSION_IDLE_SECONDS: must not be longer than SESSION_ABSOLUTE_SECONDS');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const keyText = parsed.DATA_ENCRYPTION_KEY ?? DEV_DATA_KEY;
  return {
    nodeEnv: parsed.NODE_ENV,
    production,
    databaseUrl: parsed.DATABASE_URL,
    databaseTimeouts: {
      connectMs: parsed.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs: parsed.DATABASE_STATEMENT_TIMEOUT_MS,
      poolWaitMs: parsed.DATABASE_POOL_WAIT_TIMEOUT_MS,
    },
    redisUrl: parsed.REDIS_URL,
    port: parsed.PORT,
    jwtSecret: parsed.JWT_SECRET ?? DEV_JWT_SECRET,
    session: { idleSeconds: parsed.SESSION_IDLE_SECONDS, absoluteSeconds: parsed.SESSION_ABSOLUTE_SECONDS },
    dataEncryptionKey: keyBytes(keyText),
    admin:
      parsed.ADMIN_EMAIL && parsed.ADMIN_PASSWORD
        ? { email: parsed.ADMIN_EMAIL, password: parsed.ADMIN_PASSWORD }
        : null,
    redisPrefix: parsed.REDIS_PREFIX,
    logLevel: parsed.LOG_LEVEL,
    authRateLimit: {
      perAddress: parsed.AUTH_RATE_LIMIT_PER_ADDRESS,
      perAccount: parsed.AUTH_RATE_LIMIT_PER_ACCOUNT,
      perAccountGlobal: parsed.AUTH_RATE_LIMIT_PER_ACCOUNT_GLOBAL,
      windowSeconds: parsed.AUTH_RATE_LIMIT_WINDOW_SECONDS,
    },
    reconcileIntervalMs: parsed.RECONCILE_INTERVAL_MS,
    rescoreBatch: parsed.RESCORE_BATCH,
    matchTopK: parsed.MATCH_TOP_K,
    workerConcurrency: parsed.WORKER_CONCURRENCY,
    candidateViewsPerDay: parsed.CANDIDATE_VIEWS_PER_DAY,
    trustProxy: parsed.TRUST_PROXY === '1' || parsed.TRUST_PROXY === 'true',
    scoringPauseBeforeCommitMs: parsed.SCORING_PAUSE_BEFORE_COMMIT_MS,
    webDistDir: parsed.WEB_DIST_DIR ?? null,
    metricsToken: parsed.METRICS_TOKEN ?? null,
    metricsOperationNames: new Set(parsed.METRICS_OPERATION_NAMES.split(',').filter(Boolean)),
    mail: {
      smtpUrl: parsed.SMTP_URL ?? null,
      from: parsed.MAIL_FROM,
      replyTo: parsed.MAIL_REPLY_TO ?? null,
      publicUrl: (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/+$/, ''),
      pollIntervalMs: parsed.MAIL_POLL_INTERVAL_MS,
      retryBaseMs: parsed.MAIL_RETRY_BASE_MS,
      retryMaxMs: parsed.MAIL_RETRY_MAX_MS,
      reminderAfterSeconds: parsed.REMINDER_AFTER_SECONDS,
    },
  };
}
