import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../../bench/net';
import { databaseUrl, REDIS_URL, templateDatabase, TEST_REDIS_PREFIX, testDatabaseName } from './test-env';
import { dropScratch } from '../../bench/scratch';
import { SmtpPeer } from './smtp-peer';

/**
 * How long an API or worker process may take to start. Starting is quick on a quiet machine (about 2 s); on a
 * loaded one (CI beside other jobs) it has taken over 30 s, so the limit is generous and can be set.
 */
export const START_DEADLINE_MS = Number(process.env.START_DEADLINE_MS ?? 120_000);

export const ADMIN_EMAIL = 'admin@jobcenter.test';
export const ADMIN_PASSWORD = 'admin-password-for-tests';
/** The environment of a stack in production mode, which requires both secrets. */
export const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  // Random-looking: production refuses the development values and trivial ones (a repeated pattern).
  JWT_SECRET: 'Xq4v9LzT2mWc7RbN1pKd8sHf3yGj6uAe5tVn0oCi',
  DATA_ENCRYPTION_KEY: '7c1e94b2a05f3d86e2b7490c1fa8d635b4e90a27c6f1835de0b4a9f72c3e6d18',
};

/** The web app's address in the links of the tests' mails. */
export const TEST_PUBLIC_URL = 'https://jobcenter.test';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: {
      code?: string;
      /** Why, for CONFLICT (and access-code refusals): a stable name the pages translate. */
      reason?: string;
      fields?: { field: string; message: string; reason: string; kind?: string }[];
      retryAfterSeconds?: number;
    };
  }[];
}

/** A process of the app (API or worker) started from the compiled build, with its recent output kept. */
export class AppProcess {
  private readonly output: string[] = [];
  readonly exited: Promise<number | null>;

  constructor(readonly child: ChildProcess) {
    const keep = (chunk: Buffer): void => {
      this.output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      if (this.output.length > 400) this.output.splice(0, this.output.length - 400);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  get logs(): string {
    return this.output.join('\n');
  }

  /** Stops the process: SIGTERM lets it shut down cleanly, SIGKILL is a crash. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill(signal);
    const timeout = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timeout);
  }
}

export interface GqlOptions {
  /** Signs the request in. */
  token?: string;
  headers?: Record<string, string>;
  /** Another API process of the stack (from `spawnApi`); the stack's API by default. */
  url?: string;
}

export interface StackOptions {
  /** Extra environment for both processes (e.g. a low rate limit, or a REDIS_URL through a proxy). */
  env?: Record<string, string>;
  /** Start a worker with the API (default true). */
  worker?: boolean;
}

/**
 * The real app for one test file: its own database (copied from the migrated template), its own Redis key prefix,
 * the API and worker as separate processes from the compiled build, reached over HTTP like any client.
 */
export class Stack {
  readonly db: pg.Pool;
  api!: AppProcess;
  readonly workers: AppProcess[] = [];
  /** API processes started besides `api` (see `spawnApi`), stopped with the stack. */
  private readonly otherApis: AppProcess[] = [];
  url = '';
  /** Set by `stop`: the database is about to be dropped, so a connection ended by the drop is expected. */
  private stopping = false;
  /** The pool's connections not closed yet: `pool.end()` resolves before they are. */
  private readonly openConnections = new Set<pg.PoolClient>();

  private constructor(
    readonly databaseName: string,
    readonly redisPrefix: string,
    readonly env: Record<string, string>,
    /** The stack's SMTP server: every mail the worker sends arrives here. */
    readonly mail: SmtpPeer,
  ) {
    this.db = new pg.Pool({ connectionString: databaseUrl(databaseName), max: 4 });
    this.db.on('connect', (client) => this.openConnections.add(client));
    this.db.on('remove', (client) => this.openConnections.delete(client));
    // The teardown waits for every connection to close before the drop (stop). Should one still be open, DROP
    // DATABASE ... WITH (FORCE) ends it (57P01, admin_shutdown): that is the teardown itself, not a failure. Any
    // other error of an idle connection fails the test.
    this.db.on('error', (error) => {
      if (this.stopping && (error as { code?: string }).code === '57P01') return;
      throw error;
    });
  }

  /** The API alone (no worker) in production mode, with `env` on top of PRODUCTION_ENV. */
  static production(env: Record<string, string> = {}): Promise<Stack> {
    return Stack.start({ worker: false, env: { ...PRODUCTION_ENV, ...env } });
  }

  static async start(options: StackOptions = {}): Promise<Stack> {
    const id = randomBytes(4).toString('hex');
    const databaseName = testDatabaseName(id);
    const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${databaseName}" TEMPLATE "${templateDatabase()}"`);
    } finally {
      await admin.end();
    }
    const redisPrefix = `${TEST_REDIS_PREFIX}-${id}`;
    const mail = await SmtpPeer.start();
    const env: Record<string, string> = {
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl(databaseName),
      REDIS_URL,
      REDIS_PREFIX: redisPrefix,
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
      AUTH_RATE_LIMIT_PER_ADDRESS: '100000',
      AUTH_RATE_LIMIT_PER_ACCOUNT: '100000',
      AUTH_RATE_LIMIT_PER_ACCOUNT_GLOBAL: '100000',
      RECONCILE_INTERVAL_MS: '300',
      // A loaded test machine can take seconds to start a Postgres backend or free a pooled connection; the
      // production defaults (3 s) would answer SERVICE_UNAVAILABLE there. Tests of those limits set their own.
      DATABASE_CONNECT_TIMEOUT_MS: '30000',
      DATABASE_POOL_WAIT_TIMEOUT_MS: '30000',
      SMTP_URL: mail.url,
      PUBLIC_URL: TEST_PUBLIC_URL,
      MAIL_FROM: 'Jobcenter <jobcenter@jobcenter.test>',
      MAIL_REPLY_TO: 'support@jobcenter.test',
      MAIL_POLL_INTERVAL_MS: '100',
      MAIL_RETRY_BASE_MS: '100',
      MAIL_RETRY_MAX_MS: '1000',
      // No pages unless a test gives its own directory: a built web/dist must not change what the API answers.
      WEB_DIST_DIR: join(tmpdir(), `jobcenter-no-web-app-${id}`),
      ...options.env,
    };
    const stack = new Stack(databaseName, redisPrefix, env, mail);
    await stack.startApi();
    if (options.worker !== false) await stack.startWorker();
    return stack;
  }

  /** Starts another process of the app with this stack's environment (plus `extraEnv`), without waiting. */
  spawn(script: 'dist/src/main.js' | 'dist/src/worker.js', env: Record<string, string>): AppProcess {
    const child = spawn(process.execPath, [script], {
      env: { PATH: process.env.PATH ?? '', ...this.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new AppProcess(child);
  }

  async startApi(extraEnv: Record<string, string> = {}): Promise<AppProcess> {
    const { process, url } = await this.launchApi(extraEnv);
    this.api = process;
    this.url = url;
    return process;
  }

  /**
   * Another API process with this stack's environment plus `extraEnv` (e.g. a DATABASE_URL through a proxy), once
   * it answers; `gql` reaches it with the `url` option. It is stopped with the stack.
   */
  async spawnApi(extraEnv: Record<string, string>): Promise<{ process: AppProcess; url: string }> {
    const launched = await this.launchApi(extraEnv);
    this.otherApis.push(launched.process);
    return launched;
  }

  private async launchApi(extraEnv: Record<string, string>): Promise<{ process: AppProcess; url: string }> {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const process = this.spawn('dist/src/main.js', { ...extraEnv, PORT: String(port) });
    await this.waitFor(`${url}/health/live`, process);
    return { process, url };
  }

  async startWorker(extraEnv: Record<string, string> = {}): Promise<AppProcess> {
    // The worker logs at info: one line per scoring run, and the start line waited for below.
    const worker = this.spawn('dist/src/worker.js', { LOG_LEVEL: 'info', ...extraEnv });
    this.workers.push(worker);
    await waitForLog(worker, 'worker started', START_DEADLINE_MS);
    return worker;
  }

  async waitFor(url: string, process: AppProcess): Promise<void> {
    const deadline = Date.now() + START_DEADLINE_MS;
    for (;;) {
      try {
        const response = await fetch(url);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (process.child.exitCode !== null) throw new Error(`process exited during start:\n${process.logs}`);
      if (Date.now() > deadline)
        throw new Error(`${url} did not answer in ${START_DEADLINE_MS / 1000} s:\n${process.logs}`);
      await sleep(100);
    }
  }

  /** Sends one GraphQL operation; `token` signs it in. */
  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: GqlOptions = {},
  ): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(`${options.url ?? this.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    return { ...body, status: response.status };
  }

  /** Like gql, but fails the test with the errors when there are any. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: GqlOptions = {},
  ): Promise<T> {
    const response = await this.gql<T>(query, variables, options);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
    }
    return response.data;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all([this.api?.stop(), ...this.otherApis.map((a) => a.stop()), ...this.workers.map((w) => w.stop())]);
    await this.db.end();
    // pool.end() resolves once no connection is in use, before each has closed: wait for them, so that the drop
    // below does not end a connection of ours.
    const deadline = Date.now() + 10_000;
    while (this.openConnections.size > 0 && Date.now() < deadline) await sleep(10);
    await this.mail.stop();
    await dropScratch({
      adminUrl: databaseUrl('postgres'),
      databaseName: this.databaseName,
      redisUrl: REDIS_URL,
      redisPrefix: this.redisPrefix,
    });
  }
}

/** Waits until the process has printed `text`. */
export async function waitForLog(process: AppProcess, text: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!process.logs.includes(text)) {
    if (process.child.exitCode !== null)
      throw new Error(`process exited while waiting for "${text}":\n${process.logs}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" in ${timeoutMs} ms:\n${process.logs}`);
    await sleep(50);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `check` returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await sleep(100);
  }
}
