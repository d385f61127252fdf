/**
 * Section 3: read throughput of a job's top 20 matches with candidate fields, as the employer, against a bare
 * Apollo server answering `{ hello }` on the same machine, interleaved A, B, A, B with the same load generator
 * (autocannon in the bench process, same connections and duration). The ratio is the figure.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { urlVia } from './net';
import { PgCounter } from './pg-counter';
import { BenchProcess, type BenchStack, serverAddress } from './stack';
import { log, mean, median, send } from './util';

export const TOP_MATCHES = `query($id: ID!) {
  job(id: $id) {
    matches(first: 20) {
      edges { node { score breakdown { tasks } candidate { pseudonym summary abilities { experience } accommodationNeeds { necessity } } } }
    }
  }
}`;
const HELLO = '{ hello }';

/**
 * The read built up step by step, each rung adding one part of the full query, so that the latency of one request
 * alone can be split between them. The first rung is the API's floor: no auth, no database.
 */
export const LADDER: readonly { name: string; query: string; auth: boolean }[] = [
  { name: '`{ __typename }` (no auth, no database)', query: '{ __typename }', auth: false },
  { name: '+ signed in, `job(id) { id }`', query: 'query($id: ID!) { job(id: $id) { id } }', auth: true },
  {
    name: '+ `matches(first: 20) { score breakdown }`',
    query: 'query($id: ID!) { job(id: $id) { matches(first: 20) { edges { node { score breakdown { tasks } } } } } }',
    auth: true,
  },
  { name: '+ candidate fields (the full read)', query: TOP_MATCHES, auth: true },
];

export interface Rung {
  name: string;
  /** median latency of one request alone, ms */
  ms: number;
}

/** What one read costs the database, counted by a proxy in front of Postgres. */
export interface PerRequest {
  requests: number;
  /** statements sent (extended-protocol Syncs and simple queries) */
  statements: number;
  /** explicit transactions committed */
  commits: number;
  bytesFromServer: number;
  /** median latency of one request with nothing else running, ms */
  sequentialMs: number;
  bareSequentialMs: number;
}

export interface ReadFigures {
  perRequest: PerRequest;
  ladder: Rung[];
  connections: number;
  seconds: number;
  /** requests per second of each round, the rounds interleaved: nest, bare, floor, employer, coordinator */
  nest: number[];
  bare: number[];
  /** the API's floor (`{ __typename }`, no auth, no database) */
  floorRounds: number[];
  /** the employer's top-20 read */
  api: number[];
  /** the same read as a coordinator of the service provider whose clients the profiles are */
  coordinator: number[];
  /** CPU time of the API process per request, µs (user + system, over all rounds of each) */
  cpuUs: { floor: number; employer: number; coordinator: number };
  floor: number;
  apiLatencyP50: number;
  bareLatencyP50: number;
  /** the employer's read ÷ the minimal Nest + Fastify server: the figure */
  ratio: number;
  floorRatio: number;
  coordinatorRatio: number;
}

/** User + system CPU time of a process so far, µs, from /proc (clock ticks of 10 ms). */
function cpuUsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/** The minimal Nest + Fastify `{ hello }` server as a child process, like the API. */
export async function startNestHello(port: number): Promise<BenchProcess> {
  const child = spawn(process.execPath, [join(__dirname, 'nest-hello.js'), String(port)], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const nest = new BenchProcess('nest-hello', child);
  await nest.waitForLog('nest hello listening');
  return nest;
}

export interface Target {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export async function load(target: Target, seconds: number, connections: number): Promise<autocannon.Result> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    connections,
    duration: seconds,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${target.url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  }
  return result;
}

/** The bare server as a child process, like the API. */
export async function startBareApollo(port: number): Promise<BenchProcess> {
  const child = spawn(process.execPath, [join(__dirname, 'bare-apollo.js'), String(port)], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const bare = new BenchProcess('bare-apollo', child);
  await bare.waitForLog('bare apollo listening');
  return bare;
}

/** Checks that both targets answer what they should before loading them. */
async function check(target: Target, expect: (body: unknown) => boolean): Promise<void> {
  const body: unknown = await (await post(target)).json();
  if (!expect(body)) throw new Error(`${target.url} answered ${JSON.stringify(body).slice(0, 500)}`);
}

/** One request alone at each rung, the rungs taken in turn so that load on the machine falls on all alike. */
async function climb(api: Target, jobId: string): Promise<Rung[]> {
  const targets = LADDER.map((rung): Target => ({
    url: api.url,
    headers: rung.auth ? api.headers : {},
    body: JSON.stringify({ query: rung.query, variables: rung.auth ? { id: jobId } : {} }),
  }));
  for (const target of targets) await check(target, (body) => !(body as { errors?: unknown }).errors);
  const times = targets.map(() => [] as number[]);
  for (let round = 0; round < 60; round++) {
    for (const [i, target] of targets.entries()) {
      const ms = await timeSequential(target, 1);
      if (round >= 10) times[i].push(ms);
    }
  }
  return LADDER.map((rung, i) => ({ name: rung.name, ms: median(times[i]) }));
}

function post(target: Target): Promise<Response> {
  return send(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
}

async function timeSequential(target: Target, requests: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    const response = await post(target);
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  return median(times);
}

/**
 * Database work per read: a second API process talks to Postgres through a counting proxy (pg-counter.ts) while
 * the bench sends it sequential requests; the latency is that of the measured API, alone.
 */
async function costOfOne(stack: BenchStack, api: Target, hello: Target): Promise<PerRequest> {
  const requests = 100;
  const server = serverAddress();
  const counter = new PgCounter(server.host, server.port);
  await counter.start();
  const counted = await stack.spawnApi('counted-api', {
    DATABASE_URL: urlVia(stack.env.DATABASE_URL, '127.0.0.1', counter.port),
  });
  try {
    const target: Target = { ...api, url: `${counted.url}/graphql` };
    await timeSequential(target, 10);
    const before = counter.snapshot();
    await timeSequential(target, requests);
    const after = counter.snapshot();
    return {
      requests,
      statements: (after.statements - before.statements) / requests,
      commits: (after.commits - before.commits) / requests,
      bytesFromServer: (after.bytesFromServer - before.bytesFromServer) / requests,
      sequentialMs: await timeSequential(api, requests),
      bareSequentialMs: await timeSequential(hello, requests),
    };
  } finally {
    await counted.process.stop();
    await counter.stop();
  }
}

export function apiTarget(stack: BenchStack, token: string, jobId: string): Target {
  return {
    url: `${stack.url}/graphql`,
    headers: { authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: TOP_MATCHES, variables: { id: jobId } }),
  };
}

export async function measureRead(
  stack: BenchStack,
  ports: { bare: number; nest: number },
  tokens: { employer: string; coordinator: string },
  jobId: string,
  seconds: number,
  connections: number,
  rounds: number,
): Promise<ReadFigures> {
  const api = apiTarget(stack, tokens.employer, jobId);
  const coordinator = apiTarget(stack, tokens.coordinator, jobId);
  const hello = (port: number): Target => ({
    url: `http://127.0.0.1:${port}/graphql`,
    headers: {},
    body: JSON.stringify({ query: HELLO }),
  });
  const bare: Target = { ...hello(ports.bare), url: `http://127.0.0.1:${ports.bare}/` };
  const nest = hello(ports.nest);
  const floorTarget: Target = { url: api.url, headers: {}, body: JSON.stringify({ query: LADDER[0].query }) };
  const twenty = (body: unknown): boolean => {
    const edges = (body as { data?: { job?: { matches?: { edges?: unknown[] } } } }).data?.job?.matches?.edges;
    return Array.isArray(edges) && edges.length === 20;
  };
  await check(api, twenty);
  await check(coordinator, twenty);
  for (const target of [bare, nest])
    await check(target, (body) => (body as { data?: { hello?: string } }).data?.hello === 'world');

  // Warm every target up (JIT, connection pools, DataLoader paths) before the timed rounds.
  for (const target of [api, coordinator, floorTarget, bare, nest])
    await load(target, Math.min(2, seconds), connections);
  const perRequest = await costOfOne(stack, api, bare);
  const ladder = await climb(api, jobId);
  const rates = {
    nest: [] as number[],
    bare: [] as number[],
    floor: [] as number[],
    api: [] as number[],
    coordinator: [] as number[],
  };
  const cpu = { floor: { us: 0, n: 0 }, api: { us: 0, n: 0 }, coordinator: { us: 0, n: 0 } };
  const latency = { api: [] as number[], bare: [] as number[] };
  const measured = async (name: 'floor' | 'api' | 'coordinator', target: Target): Promise<void> => {
    const before = cpuUsOf(stack.api.pid);
    const result = await load(target, seconds, connections);
    cpu[name].us += cpuUsOf(stack.api.pid) - before;
    cpu[name].n += result.requests.total;
    rates[name].push(result.requests.average);
    if (name === 'api') latency.api.push(result.latency.p50);
  };
  for (let round = 0; round < rounds; round++) {
    rates.nest.push((await load(nest, seconds, connections)).requests.average);
    const bareResult = await load(bare, seconds, connections);
    rates.bare.push(bareResult.requests.average);
    latency.bare.push(bareResult.latency.p50);
    await measured('floor', floorTarget);
    await measured('api', api);
    await measured('coordinator', coordinator);
    log(
      `read round ${round + 1}: nest ${Math.round(rates.nest[round])}, bare ${Math.round(rates.bare[round])}, ` +
        `floor ${Math.round(rates.floor[round])}, employer ${Math.round(rates.api[round])}, ` +
        `coordinator ${Math.round(rates.coordinator[round])} req/s`,
    );
  }
  const nestMean = mean(rates.nest);
  return {
    perRequest,
    ladder,
    connections,
    seconds,
    nest: rates.nest,
    bare: rates.bare,
    floorRounds: rates.floor,
    api: rates.api,
    coordinator: rates.coordinator,
    cpuUs: {
      floor: cpu.floor.us / cpu.floor.n,
      employer: cpu.api.us / cpu.api.n,
      coordinator: cpu.coordinator.us / cpu.coordinator.n,
    },
    floor: mean(rates.floor),
    apiLatencyP50: mean(latency.api),
    bareLatencyP50: mean(latency.bare),
    ratio: mean(rates.api) / nestMean,
    floorRatio: mean(rates.floor) / nestMean,
    coordinatorRatio: mean(rates.coordinator) / nestMean,
  };
}
