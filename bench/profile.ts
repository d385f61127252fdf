/**
 * Summaries of V8 CPU profiles (.cpuprofile): where the samples fell, by area of the code and by function, so
 * the results file can say what dominates a missed goal.
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { sep } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Share {
  name: string;
  /** 0..1 of all samples */
  share: number;
}

export interface ProfileSummary {
  /** wall time covered by the profile, ms */
  ms: number;
  /** share of samples where the process was busy (not idle) */
  busy: number;
  /** shares of the busy samples */
  areas: Share[];
  functions: Share[];
}

/** Which part of the stack a frame belongs to; the first matching rule wins. */
const AREAS: readonly [RegExp, string][] = [
  [/\/src\/matching\/(kernel\/explain|reasons\/)/, 'explain and reasons (src/matching)'],
  [/\/src\/matching\/kernel\//, 'kernel (src/matching/kernel)'],
  [/\/src\/matching\/scoring\//, 'scoring service (src/matching/scoring)'],
  [/\/node_modules\/(pg|pg-protocol|pg-types|postgres-[a-z]+|pg-pool)\//, 'pg driver (protocol, row parsing)'],
  [/\/node_modules\/typeorm\//, 'TypeORM'],
  [/\/node_modules\/(bullmq|ioredis|msgpackr|@ioredis)\//, 'BullMQ and Redis client'],
  [/\/node_modules\/(graphql|@apollo|@nestjs\/graphql|@nestjs\/apollo|@escape\.tech|@graphql-tools)\//, 'GraphQL'],
  [/\/node_modules\/(pino|sonic-boom|pino-std-serializers|thread-stream|fast-redact)\//, 'logging'],
  [/\/node_modules\/dataloader\//, 'DataLoader'],
  [/\/node_modules\/(jose|@nestjs\/jwt|jsonwebtoken)\//, 'auth (JWT)'],
  [/\/node_modules\/(class-validator|class-transformer|validator)\//, 'validation'],
  [/\/node_modules\/@nestjs\//, 'Nest core'],
  [
    /\/node_modules\/(fastify|@fastify|find-my-way|light-my-request|avvio|fast-json-stringify|secure-json-parse|helmet|@as-integrations)\//,
    'HTTP (Fastify, body parsing, helmet)',
  ],
  [/\/node_modules\/@apollo\/server\//, 'GraphQL'],
  [/\/(src|bench)\//, 'app code (src/, other)'],
  [/^node:internal\/(async_hooks|async_local_storage)/, 'Node core: async hooks (AsyncLocalStorage)'],
  [/^node:(internal\/streams|net|internal\/stream_base_commons|stream)/, 'Node core: streams and sockets'],
  [/^node:(_http|http|internal\/http)/, 'Node core: HTTP'],
  [/^node:/, 'Node core: other'],
];

/** Built-ins (no script) worth naming apart. */
const BUILT_INS: Record<string, string> = {
  writev: 'socket writes (writev)',
  writeBuffer: 'socket writes',
  writeUtf8String: 'socket writes',
  runMicrotasks: 'promise jobs (runMicrotasks)',
  stringify: 'JSON.stringify',
  parse: 'JSON.parse',
};

function areaOf(frame: ProfileNode['callFrame']): string {
  switch (frame.functionName) {
    case '(garbage collector)':
      return 'garbage collection';
    case '(program)':
      return 'V8 and native code (program)';
    default:
  }
  const url = frame.url.split(sep).join('/');
  for (const [pattern, name] of AREAS) if (pattern.test(url)) return name;
  if (url === '') return BUILT_INS[frame.functionName] ?? 'other built-ins';
  const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  return pkg ? `package ${pkg[1]}` : 'other';
}

function functionOf(frame: ProfileNode['callFrame']): string {
  const url = frame.url.split(sep).join('/');
  const file = url.includes('/node_modules/')
    ? url.slice(url.lastIndexOf('/node_modules/') + 14)
    : url.replace(/^.*\/(src|bench|dist)\//, '$1/');
  return `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
}

const top = (counts: Map<string, number>, total: number, n: number): Share[] =>
  [...counts.entries()]
    .map(([name, count]) => ({ name, share: count / total }))
    .sort((a, b) => b.share - a.share)
    .slice(0, n);

/** Where the busy samples fell (idle ones, the process waiting for I/O or work, are counted apart). */
export function summariseProfile(profile: CpuProfile, functions = 12): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const areas = new Map<string, number>();
  const fns = new Map<string, number>();
  let idle = 0;
  let busy = 0;
  for (const id of profile.samples) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(root)') continue;
    if (frame.functionName === '(idle)') {
      idle++;
      continue;
    }
    busy++;
    const area = areaOf(frame);
    areas.set(area, (areas.get(area) ?? 0) + 1);
    fns.set(functionOf(frame), (fns.get(functionOf(frame)) ?? 0) + 1);
  }
  return {
    ms: profile.timeDeltas.reduce((sum, d) => sum + d, 0) / 1000,
    busy: busy / (busy + idle || 1),
    areas: top(areas, busy || 1, 10),
    functions: top(fns, busy || 1, functions),
  };
}

export function readProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
}

/** A CPU profile of synchronous work in this process. */
export async function profileHere(work: () => void): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object): Promise<T> =>
    new Promise((resolve, reject) =>
      session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))),
    );
  try {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 500 });
    await post('Profiler.start');
    work();
    const { profile } = await post<{ profile: CpuProfile }>('Profiler.stop');
    return profile;
  } finally {
    session.disconnect();
  }
}

/** A summary as markdown lines. */
export function describeProfile(summary: ProfileSummary): string[] {
  const pct = (s: number): string => `${(100 * s).toFixed(1)} %`;
  return [
    `CPU profile over ${(summary.ms / 1000).toFixed(1)} s, busy in ${pct(summary.busy)} of it (the rest waiting ` +
      'for I/O or work). Of the busy time, by area:',
    ...summary.areas.map((a) => `  - ${a.name}: ${pct(a.share)}`),
    'Top functions by self time:',
    ...summary.functions.map((f) => `  - \`${f.name}\`: ${pct(f.share)}`),
  ];
}
