/**
 * The real app for the bench: its own database (created and migrated here, dropped at the end), its own Redis key
 * prefix, and the compiled API and worker as child processes with production settings, reached over HTTP.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './net';
import { dropScratch } from './scratch';
import { PROFILE_STARTED, PROFILE_WRITTEN } from './profile-hook';
import { log, send, sleep } from './util';

/** The compiled tree this file runs from (dist/ under npm run bench): the app is started from the same build. */
export const BUILD_ROOT = resolve(__dirname, '..');
const PROFILE_HOOK = join(__dirname, 'profile-hook.js');
export const PROFILE_DIR = join(__dirname, 'profiles');

const SERVER_DATABASE_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/jobcenter';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** Host and port of the Postgres server the bench uses. */
export function serverAddress(): { host: string; port: number } {
  const url = new URL(SERVER_DATABASE_URL);
  return { host: url.hostname || '127.0.0.1', port: Number(url.port || 5432) };
}

export function databaseUrl(name: string): string {
  const url = new URL(SERVER_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

/** A process of the app or the bench started from the build, with its recent output kept and its lines observed. */
export class BenchProcess {
  private readonly output: string[] = [];
  private readonly watchers: ((line: string) => void)[] = [];
  readonly exited: Promise<number | null>;

  constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    let partial = '';
    const keep = (chunk: Buffer): void => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        this.output.push(line);
        for (const watch of this.watchers) watch(line);
      }
      if (this.output.length > 2000) this.output.splice(0, this.output.length - 2000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get logs(): string {
    return this.output.join('\n');
  }

  onLine(watch: (line: string) => void): void {
    this.watchers.push(watch);
  }

  async waitForLog(text: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.output.some((line) => line.includes(text))) {
      if (this.child.exitCode !== null) throw new Error(`${this.name} exited waiting for "${text}":\n${this.logs}`);
      if (Date.now() > deadline) throw new Error(`${this.name}: no "${text}" in ${timeoutMs} ms:\n${this.logs}`);
      await sleep(50);
    }
  }

  /** Resident set size now and at its peak (VmHWM), in bytes, from /proc. */
  memory(): { rss: number; peak: number } {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') * 1024, peak: kb('VmHWM') * 1024 };
  }

  /** Starts the sampling profiler of a process started with a profile file (profile-hook.ts). */
  async startProfile(): Promise<void> {
    const before = this.countLines(PROFILE_STARTED);
    this.child.kill('SIGWINCH');
    await this.waitForCount(PROFILE_STARTED, before + 1);
  }

  /** Stops the profiler; the profile is then in the process's profile file. */
  async stopProfile(): Promise<void> {
    const before = this.countLines(PROFILE_WRITTEN);
    this.child.kill('SIGWINCH');
    await this.waitForCount(PROFILE_WRITTEN, before + 1);
  }

  private countLines(text: string): number {
    return this.output.filter((line) => line.includes(text)).length;
  }

  private async waitForCount(text: string, count: number): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (this.countLines(text) < count) {
      if (Date.now() > deadline) throw new Error(`${this.name}: no "${text}" in 30 s`);
      await sleep(20);
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timeout = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timeout);
  }
}

export class BenchStack {
  readonly db: pg.Pool;
  api!: BenchProcess;
  worker!: BenchProcess;
  url = '';

  private constructor(
    readonly databaseName: string,
    readonly redisPrefix: string,
    readonly env: Record<string, string>,
  ) {
    this.db = new pg.Pool({ connectionString: databaseUrl(databaseName), max: 4 });
  }

  /** A new database, migrated, and the environment the app's processes get. */
  static async create(): Promise<BenchStack> {
    const stamp = Date.now();
    const databaseName = `jobcenter_bench_${stamp}`;
    const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${databaseName}"`);
    } finally {
      await admin.end();
    }
    const env: Record<string, string> = {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl(databaseName),
      REDIS_URL,
      REDIS_PREFIX: `jcbench-${stamp}`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'warn',
      AUTH_RATE_LIMIT_PER_ADDRESS: '1000000',
      AUTH_RATE_LIMIT_PER_ACCOUNT: '1000000',
      // Production requires both; no mail is read here, so what is due waits in the outbox for an SMTP that never
      // answers (the mail sender retries it, off the measured paths).
      SMTP_URL: 'smtp://127.0.0.1:9',
      PUBLIC_URL: 'http://127.0.0.1',
    };
    const stack = new BenchStack(databaseName, env.REDIS_PREFIX, env);
    log(`database ${databaseName}: migrating`);
    try {
      // What `npm run migrate` runs, on the data source of the build this bench runs from.
      await promisify(execFile)(
        process.execPath,
        [
          join(process.cwd(), 'node_modules', 'typeorm', 'cli.js'),
          'migration:run',
          '-d',
          join(BUILD_ROOT, 'src', 'database', 'data-source.js'),
        ],
        { env: { ...process.env, DATABASE_URL: env.DATABASE_URL } },
      );
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  get dataEncryptionKey(): Buffer {
    return Buffer.from(this.env.DATA_ENCRYPTION_KEY, 'base64');
  }

  /** Starts a process of the app with the bench's hook preloaded (profile-hook.ts). */
  private spawn(name: string, script: string, env: Record<string, string>): BenchProcess {
    const child = spawn(process.execPath, ['-r', PROFILE_HOOK, script], {
      env: { PATH: process.env.PATH ?? '', ...this.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new BenchProcess(name, child);
  }

  /** Starts the API; its CPU can be profiled into `profileFile` (BenchProcess.startProfile, stopProfile). */
  async startApi(profileFile: string): Promise<BenchProcess> {
    const { process, url } = await this.spawnApi('api', { BENCH_PROFILE_FILE: profileFile });
    this.api = process;
    this.url = url;
    return process;
  }

  /** Another API process with this stack's environment plus `env`, once it answers; the caller stops it. */
  async spawnApi(name: string, env: Record<string, string>): Promise<{ process: BenchProcess; url: string }> {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const process = this.spawn(name, join(BUILD_ROOT, 'src', 'main.js'), { ...env, PORT: String(port) });
    await waitForHttp(`${url}/health/live`, process);
    return { process, url };
  }

  /**
   * Starts the worker; it logs at info level, so that its line per scoring run (with `ms`) can be read, and prints
   * its memory use every 50 ms.
   */
  async startWorker(profileFile: string): Promise<BenchProcess> {
    this.worker = this.spawn('worker', join(BUILD_ROOT, 'src', 'worker.js'), {
      LOG_LEVEL: 'info',
      BENCH_PROFILE_FILE: profileFile,
      BENCH_MEMORY_INTERVAL_MS: '50',
    });
    await this.worker.waitForLog('worker started');
    return this.worker;
  }

  /** Another worker process with this stack's environment plus `env` (no profiler, no memory lines); the caller stops it. */
  async spawnWorker(name: string, env: Record<string, string> = {}): Promise<BenchProcess> {
    const worker = this.spawn(name, join(BUILD_ROOT, 'src', 'worker.js'), { LOG_LEVEL: 'info', ...env });
    await worker.waitForLog('worker started');
    return worker;
  }

  /** Where a process's CPU profile goes: dist/bench/profiles/<name>.cpuprofile, kept for DevTools after the run. */
  static profileFile(name: string): string {
    mkdirSync(PROFILE_DIR, { recursive: true });
    const file = join(PROFILE_DIR, `${name}.cpuprofile`);
    rmSync(file, { force: true });
    return file;
  }

  /** Sends one GraphQL operation and throws on errors. */
  async gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await send(`${this.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLError[] };
    if (body.errors?.length || !body.data) {
      throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
    }
    return body.data;
  }

  async stop(): Promise<void> {
    await Promise.all([this.api?.stop(), this.worker?.stop()]);
    await this.db.end();
    await dropScratch({
      adminUrl: databaseUrl('postgres'),
      databaseName: this.databaseName,
      redisUrl: REDIS_URL,
      redisPrefix: this.redisPrefix,
    });
  }
}

export async function waitForHttp(url: string, process: BenchProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (process.child.exitCode !== null) throw new Error(`${process.name} exited during start:\n${process.logs}`);
    if (Date.now() > deadline) throw new Error(`${url} did not answer in 60 s:\n${process.logs}`);
    await sleep(100);
  }
}
