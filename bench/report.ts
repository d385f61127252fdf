/**
 * The one table of a run (metric | measured | goal | met?), with the machine, the date and the commit, and for
 * every missed goal by how much and what dominates the time. Printed, and written to bench/results.md with the
 * earlier runs kept below it so runs can be compared.
 */
import { clientSearchLine, type ClientSearchFigures } from './clients';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { KernelFigures } from './kernel';
import { describeProfile, type ProfileSummary } from './profile';
import type { ChangeTiming, WorkerMemory } from './publish';
import type { ReadFigures } from './read';
import type { BurstFigures } from './burst';
import type { UpsertFigures } from './upsert';
import { mean, median, percentile } from './util';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  date: string;
  commit: string;
  loadAtStart: number[];
}

export interface Stage {
  profiles: number;
  publishes: ChangeTiming[];
  /** worker profile taken during extra publishes when the goal was missed */
  profile: ProfileSummary | null;
}

export interface Results {
  mode: 'quick' | 'full';
  machine: Machine;
  kernel: KernelFigures[];
  kernelProfile: ProfileSummary | null;
  stages: Stage[];
  publishedJobs: number;
  profileUpdates: ChangeTiming[];
  read: ReadFigures | null;
  readProfile: ProfileSummary | null;
  memory: ({ profiles: number } & WorkerMemory) | null;
  upsert: UpsertFigures | null;
  burst: BurstFigures | null;
  /** the clients list of a provider with many clients (`--only=clients`) */
  clients?: ClientSearchFigures | null;
  /** sections that could not run, and why */
  problems: string[];
  wallSeconds: number;
}

export function machine(): Machine {
  const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpus()[0]?.model;
  const git = (...args: string[]): string => execFileSync('git', args, { encoding: 'utf8' }).trim();
  let commit = 'unknown';
  try {
    commit = git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain') ? '-dirty' : '');
  } catch {
    // not a git checkout
  }
  return {
    cpu: model ?? 'unknown',
    cores: cpus().length,
    ramGiB: totalmem() / 2 ** 30,
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit,
    loadAtStart: loadavg(),
  };
}

const M = (perSecond: number): string => `${(perSecond / 1e6).toFixed(2)} M`;
const ms = (value: number): string => `${Math.round(value)} ms`;
const MB = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;
const k = (n: number): string => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);
const pct = (share: number): string => `${(100 * share).toFixed(0)} %`;

interface Row {
  metric: string;
  measured: string;
  goal: string;
  met: string;
}

/** "yes", or "**no**" with by how much, for a goal of at least / at most `goal`. */
function verdict(value: number, goal: number, direction: 'atLeast' | 'atMost'): string {
  const met = direction === 'atLeast' ? value >= goal : value <= goal;
  if (met) return 'yes';
  const by = direction === 'atLeast' ? (goal - value) / goal : (value - goal) / goal;
  return `**no**: ${direction === 'atLeast' ? 'short' : 'over'} by ${pct(by)}`;
}

function changeRow(metric: string, timings: ChangeTiming[], goal: number | null): Row {
  const totals = timings.map((t) => t.totalMs);
  const p95 = percentile(totals, 95);
  return {
    metric: `${metric} (n = ${timings.length})`,
    measured: `p50 ${ms(percentile(totals, 50))}, p95 ${ms(p95)}`,
    goal: goal === null ? '—' : `p95 ≤ ${goal >= 1000 ? `${goal / 1000} s` : ms(goal)}`,
    met: goal === null ? '' : verdict(p95, goal, 'atMost'),
  };
}

/** The goal of the publish run at a size, where the issue sets one. */
export function publishGoal(profiles: number): number | null {
  if (profiles === 10_000) return 250;
  if (profiles === 100_000) return 250;
  if (profiles === 1_000_000) return 1000;
  return null;
}

/** Worker peak RSS goals by the size of the last stage run. */
export const RSS_GOALS: Record<number, number> = { 100_000: 300 * 2 ** 20, 1_000_000: 500 * 2 ** 20 };

function rows(r: Results): Row[] {
  const out: Row[] = [];
  for (const f of r.kernel) {
    out.push({
      metric: `Kernel, worst case (all feasible, 20 tasks), ${k(f.size)} profiles`,
      measured: `${M(f.worst.perSecond)} pairs/s/core`,
      goal: '≥ 5 M',
      met: verdict(f.worst.perSecond, 5e6, 'atLeast'),
    });
    out.push({
      metric: `Kernel, realistic mix (${pct(f.feasibleShare)} feasible), ${k(f.size)} profiles`,
      measured: `${M(f.realistic.perSecond)} pairs/s/core`,
      goal: '—',
      met: '',
    });
    out.push({
      metric: `Plain array-of-objects baseline, realistic mix, ${k(f.size)} profiles`,
      measured: `${M(f.baseline.perSecond)} pairs/s/core`,
      goal: '—',
      met: '',
    });
    const ratio = f.realistic.perSecond / f.baseline.perSecond;
    out.push({
      metric: `Kernel ÷ baseline, realistic mix, ${k(f.size)} (top 20 agree on ${f.agreeing}/${f.compared} jobs)`,
      measured: `${ratio.toFixed(1)}×`,
      goal: '≥ 2×',
      met: verdict(ratio, 2, 'atLeast'),
    });
  }
  if (r.clients) {
    out.push({
      metric: `Clients list search, p95, ${k(r.clients.clients)} clients of one service provider`,
      measured: `${r.clients.p95Ms.toFixed(1)} ms`,
      goal: '—',
      met: '',
    });
  }
  for (const stage of r.stages) {
    out.push(
      changeRow(
        `Publish → matching.upToDate, ${k(stage.profiles)} ACTIVE profiles`,
        stage.publishes,
        publishGoal(stage.profiles),
      ),
    );
  }
  if (r.profileUpdates.length > 0) {
    out.push(
      changeRow(`Profile update → matching.upToDate, ${k(r.publishedJobs)} PUBLISHED jobs`, r.profileUpdates, null),
    );
  }
  if (r.read) {
    const read = r.read;
    const rate = (rates: number[]): string => `${Math.round(mean(rates))} req/s`;
    const row = (metric: string, measured: string, goal = '—', met = ''): void => {
      out.push({ metric, measured, goal, met });
    };
    row('Read anchor: minimal Nest + Fastify + Apollo `{ hello }`', rate(read.nest));
    row('Read: bare Apollo `{ hello }` (standalone server)', rate(read.bare));
    row(
      'API floor `{ __typename }` (no auth, no database) ÷ minimal Nest',
      `${read.floorRatio.toFixed(2)}× (${rate(read.floorRounds)})`,
      '≥ 0.8×',
      verdict(read.floorRatio, 0.8, 'atLeast'),
    );
    row(
      `Employer's top 20 matches with candidates (${read.connections} connections) ÷ minimal Nest`,
      `${read.ratio.toFixed(3)}× (${rate(read.api)})`,
      '≥ 0.2× (moonshot 0.3×)',
      verdict(read.ratio, 0.2, 'atLeast'),
    );
    row(
      "Coordinator's top 20 matches ÷ minimal Nest",
      `${read.coordinatorRatio.toFixed(3)}× (${rate(read.coordinator)})`,
    );
    row(
      'API CPU per request: floor / employer read / coordinator read',
      `${Math.round(read.cpuUs.floor)} / ${Math.round(read.cpuUs.employer)} / ${Math.round(read.cpuUs.coordinator)} µs`,
      'employer read ≤ ⅓ of 5 000 µs',
      verdict(5000 / 3 / read.cpuUs.employer, 1, 'atLeast'),
    );
  }
  if (r.memory) {
    const goal = RSS_GOALS[r.memory.profiles];
    out.push({
      metric: `Worker peak RSS (VmHWM), ${k(r.memory.profiles)} profiles run`,
      measured: MB(r.memory.highWaterMark),
      goal: goal ? `≤ ${MB(goal)}` : '≤ 300 MB at 100k, ≤ 500 MB at 1M (not run in quick mode)',
      met: goal ? verdict(r.memory.highWaterMark, goal, 'atMost') : '',
    });
  }
  if (r.upsert) {
    out.push({
      metric: `Upsert of one run's ${r.upsert.rows} match rows: jsonb recordset (before) → unnest arrays (after), medians of ${r.upsert.rounds}`,
      measured: `${r.upsert.beforeMs.toFixed(1)} → ${r.upsert.afterMs.toFixed(1)} ms (${(r.upsert.beforeMs / r.upsert.afterMs).toFixed(2)}×)`,
      goal: 'fewer round trips, less work per row',
      met: verdict(r.upsert.beforeMs / r.upsert.afterMs, 1, 'atLeast'),
    });
  }
  if (r.burst) {
    const b = r.burst;
    const busy = (run: typeof b.one) => (run.machineBusy === null ? '' : `, cores ${pct(run.machineBusy)} busy`);
    out.push({
      metric: `Burst of ${b.one.updates} profile updates against ${k(b.publishedJobs)} PUBLISHED jobs: 2 worker processes ÷ 1, one job at a time each`,
      measured: `${b.ratio.toFixed(2)}× (${b.one.perSecond.toFixed(1)} runs/s${busy(b.one)} → ${b.two.perSecond.toFixed(1)} runs/s${busy(b.two)})`,
      goal: '≥ 1.4×',
      met: verdict(b.ratio, 1.4, 'atLeast'),
    });
    out.push({
      metric: `The same burst, one worker at the default concurrency (${b.defaultConcurrency.concurrency} jobs at once)`,
      measured: `${b.defaultConcurrency.perSecond.toFixed(1)} runs/s${busy(b.defaultConcurrency)}`,
      goal: '—',
      met: '',
    });
  }
  return out;
}

function table(list: Row[]): string[] {
  return [
    '| metric | measured | goal | met? |',
    '| --- | --- | --- | --- |',
    ...list.map((row) => `| ${row.metric} | ${row.measured} | ${row.goal} | ${row.met} |`),
  ];
}

function summaryLine(stage: Stage): string {
  const totals = stage.publishes.map((t) => t.totalMs);
  const worker = stage.publishes.map((t) => t.workerMs).filter((v): v is number => v !== null);
  const mutation = stage.publishes.map((t) => t.mutationMs);
  const candidates = stage.publishes.map((t) => t.candidates).filter((v): v is number => v !== null);
  const written = stage.publishes.map((t) => t.written).filter((v): v is number => v !== null);
  return (
    `Publish at ${k(stage.profiles)} profiles, medians of ${stage.publishes.length}: end to end ${ms(median(totals))} = ` +
    `publishJob response ${ms(median(mutation))} + the worker's run (its log line) ` +
    `${worker.length > 0 ? ms(median(worker)) : '(not logged)'} + the rest (enqueue to pick-up, ~10 ms polling) ` +
    `${worker.length > 0 ? ms(median(totals) - median(mutation) - median(worker)) : '?'}.` +
    (candidates.length > 0
      ? ` Candidates after the SQL pre-filter ${Math.round(median(candidates))} ` +
        `(${pct(median(candidates) / stage.profiles)} of the profiles), match rows written ${Math.round(median(written))}.`
      : '')
  );
}

/** Phases as the worker logs them, if it does (medians over the stage's publishes). */
function loggedPhaseTable(stage: Stage): string[] {
  const logged = stage.publishes.map((t) => t.phases).filter((p): p is Record<string, number> => p !== null);
  if (logged.length === 0) return [];
  const names = [...new Set(logged.flatMap((p) => Object.keys(p)))];
  return [
    `At ${k(stage.profiles)} profiles, as the worker logs them (medians of ${logged.length} runs):`,
    '',
    '| phase | ms |',
    '| --- | --- |',
    ...names.map((name) => `| ${name} | ${median(logged.map((p) => p[name] ?? 0)).toFixed(1)} |`),
    '',
  ];
}

function memoryLine(memory: NonNullable<Results['memory']>): string {
  return (
    `Worker memory over the ${k(memory.profiles)} publishes: resident ${MB(memory.idle)} before, highest 50 ms sample ` +
    `${MB(memory.sampledPeak)}, VmHWM ${MB(memory.highWaterMark)}; its own peaks: V8 heap ${MB(memory.heapTotal)} ` +
    `allocated (${MB(memory.heapUsed)} used), external ${MB(memory.external)} (array buffers ${MB(memory.arrayBuffers)}).`
  );
}

/** The phase with the largest median over the stage's logged runs, if the worker logged phases. */
function dominant(stage: Stage): string | null {
  const logged = stage.publishes.map((t) => t.phases).filter((p): p is Record<string, number> => p !== null);
  if (logged.length === 0) return null;
  const names = [...new Set(logged.flatMap((p) => Object.keys(p)))];
  const medians = names.map((name) => [name, median(logged.map((p) => p[name] ?? 0))] as const);
  return medians.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** What would close a missed publish goal, from the phase of the worker's run that dominates it. */
const PHASE_REMEDY: Record<string, string> = {
  lock: 'runs wait for the scoring lock: other runs hold it; fewer or faster runs, or a finer lock, would help.',
  loadRow: 'reading the job row is slow: look for lock waits on it.',
  prefilter:
    'the SQL pre-filter (scan, aggregation of the packed candidates, transfer) dominates: narrower candidates, ' +
    'or decoded tables kept in the worker between runs and refreshed by version, would cut it.',
  decode: 'decoding dominates: keep decoded ProfileTables in the worker between runs, refreshed by version.',
  kernel: 'the kernel dominates: pass fewer candidates (a narrower pre-filter) or score in a worker thread per core.',
  pairedSeqs: 'reading the stored pairs dominates: check that the match indexes serve it.',
  explain:
    'explaining dominates: explain only the rows whose score or version changed, or render reasons at read time.',
  lookups: 'the id and task lookups dominate: check the seq and job_task indexes serve them.',
  upsert:
    'writing the match rows (jsonb reasons, two indexes) dominates: write only rows whose content changed, store ' +
    'reasons more compactly, or COPY them into a temporary table.',
  deleteStale: 'deleting stale pairs dominates: check that the match indexes serve the DELETE.',
  markScored: 'marking the row scored waits: look for lock waits on the job row.',
  commit: 'the commit dominates: the WAL flush; faster storage or synchronous_commit tuning would help.',
};

function readLine(read: ReadFigures): string {
  const one = read.perRequest;
  const list = (rates: number[]): string => rates.map(Math.round).join(', ');
  return (
    `${read.nest.length} interleaved rounds of ${read.seconds} s (req/s): minimal Nest ${list(read.nest)}; bare Apollo ` +
    `${list(read.bare)}; API floor ${list(read.floorRounds)}; employer read ${list(read.api)}; coordinator read ` +
    `${list(read.coordinator)}. Median latency under load (${read.connections} connections): employer read ` +
    `${read.apiLatencyP50.toFixed(1)} ms, bare ${read.bareLatencyP50.toFixed(1)} ms; one request alone: ` +
    `${one.sequentialMs.toFixed(1)} ms and ${one.bareSequentialMs.toFixed(1)} ms. Database work per read (counted by ` +
    `a proxy over ${one.requests} sequential requests): ${one.statements.toFixed(1)} statements, ` +
    `${one.commits.toFixed(1)} explicit commits, ${(one.bytesFromServer / 1024).toFixed(1)} kB from the server. ` +
    `One request alone, built up: ${read.ladder.map((r) => `${r.name} ${r.ms.toFixed(1)} ms`).join('; ')}.`
  );
}

/** What dominates and what would close it, for each missed goal. */
function misses(r: Results): { details: string[]; closing: string[] } {
  const details: string[] = [];
  const closing: string[] = [];
  for (const f of r.kernel) {
    const ratio = f.realistic.perSecond / f.baseline.perSecond;
    if (f.worst.perSecond >= 5e6 && ratio >= 2) continue;
    details.push(`#### Kernel at ${k(f.size)} profiles`, '');
    if (r.kernelProfile) details.push(...describeProfile(r.kernelProfile), '');
    closing.push(
      `Kernel at ${k(f.size)}: ${f.worst.perSecond < 5e6 ? `worst case ${M(f.worst.perSecond)} pairs/s against 5 M` : ''}` +
        `${ratio < 2 ? ` ratio ${ratio.toFixed(1)}× against 2×` : ''}; the functions above are where the pair loop spends its time.`,
    );
  }
  for (const stage of r.stages) {
    const goal = publishGoal(stage.profiles);
    const p95 = percentile(
      stage.publishes.map((t) => t.totalMs),
      95,
    );
    if (goal === null || p95 <= goal) continue;
    details.push(
      `#### Publish → up to date at ${k(stage.profiles)} profiles: p95 ${ms(p95)}, ${pct((p95 - goal) / goal)} over ${ms(goal)}`,
      '',
      summaryLine(stage),
      '',
      ...loggedPhaseTable(stage),
    );
    if (stage.profile) {
      details.push('Worker CPU during five more publishes at this size:', '', ...describeProfile(stage.profile), '');
    }
    const worker = median(stage.publishes.map((t) => t.workerMs ?? 0));
    const phase = dominant(stage);
    if (phase && worker > median(stage.publishes.map((t) => t.totalMs)) / 2) {
      closing.push(`Publish at ${k(stage.profiles)}: the ${phase} phase dominates; ${PHASE_REMEDY[phase] ?? ''}`);
    } else {
      closing.push(
        `Publish at ${k(stage.profiles)}: the worker's run is under half of the time, so the queue, the API or the ` +
          'polling dominate: see the split above.',
      );
    }
  }
  if (r.read && r.read.ratio < 0.2) {
    details.push(
      `#### Read throughput: ${r.read.ratio.toFixed(3)}× the minimal Nest server, ${pct((0.2 - r.read.ratio) / 0.2)} short of 0.2×`,
      '',
    );
    if (r.readProfile)
      details.push('API CPU during one more round of the read load:', '', ...describeProfile(r.readProfile), '');
    const read = r.read;
    const areas = r.readProfile?.areas.slice(0, 4) ?? [];
    const floorRatio = read.floorRatio;
    const [floor, job, page, full] = read.ladder.map((rung) => rung.ms);
    closing.push(
      `Read throughput: even the API's floor, \`{ __typename }\` with no auth and no database, serves ` +
        `${Math.round(read.floor)} req/s, ${floorRatio.toFixed(2)}× the minimal Nest server. ` +
        `One read alone takes ${full.toFixed(1)} ms: the floor ${floor.toFixed(1)} ms, sign-in and the job ` +
        `${(job - floor).toFixed(1)} ms, the page of matches ${(page - job).toFixed(1)} ms, the candidates ` +
        `${(full - page).toFixed(1)} ms; ${read.perRequest.statements.toFixed(0)} statements and ` +
        `${(read.perRequest.bytesFromServer / 1024).toFixed(0)} kB from Postgres per read` +
        (areas.length > 0
          ? `; under load the API's CPU goes to ${areas.map((a) => `${a.name} ${pct(a.share)}`).join(', ')}`
          : '') +
        '. Closing the gap takes less work per read: the top-20 page of a job changes only when the worker writes ' +
        'it, so it can be kept per job version and audience, with the access-log insert kept; the total count can ' +
        'come from the scoring run instead of a count per page.',
    );
  }
  const rssGoal = r.memory ? RSS_GOALS[r.memory.profiles] : undefined;
  if (r.memory && rssGoal && r.memory.highWaterMark > rssGoal) {
    const stage = r.stages.find((s) => s.profiles === r.memory?.profiles);
    details.push(
      `#### Worker peak RSS at ${k(r.memory.profiles)}: ${MB(r.memory.highWaterMark)}, ${pct((r.memory.highWaterMark - rssGoal) / rssGoal)} over ${MB(rssGoal)}`,
      '',
      memoryLine(r.memory),
      '',
    );
    const memory = r.memory;
    closing.push(
      `Worker memory: ${MB(memory.idle)} of the peak was resident before the ${k(memory.profiles)} publishes began (the worker ` +
        `itself and what earlier runs left in its heap); the rest comes while a run holds all its candidate rows at once` +
        (stage ? ` (${Math.round(median(stage.publishes.map((t) => t.candidates ?? 0)))} in the median run)` : '') +
        ` as one packed buffer, and the garbage of decoding it: the V8 heap reached ${MB(memory.heapTotal)}. ` +
        'Reading the candidates in batches and decoding each into the table as it arrives would bound it.',
    );
  }
  return { details, closing };
}

export function render(r: Results): string {
  const m = r.machine;
  const lines = [
    `## ${m.date} · ${m.commit} · ${r.mode}`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB.toFixed(1)} GiB RAM, Node ${m.node}. ` +
      `Load average at start ${m.loadAtStart.map((l) => l.toFixed(2)).join(' / ')}, at end ` +
      `${loadavg()
        .map((l) => l.toFixed(2))
        .join(
          ' / ',
        )} (the machine is shared: other load may have been present). Run took ${Math.round(r.wallSeconds)} s.`,
    '',
    ...table(rows(r)),
    '',
  ];
  for (const f of r.kernel) {
    lines.push(
      `- Kernel ${k(f.size)}: ${f.realistic.pairs.toLocaleString('en')} realistic pairs in ${f.realistic.cpuSeconds.toFixed(3)} s ` +
        `CPU (median), worst case ${f.worst.pairs.toLocaleString('en')} pairs in ${f.worst.cpuSeconds.toFixed(3)} s; baseline ` +
        `${f.baseline.pairs.toLocaleString('en')} pairs in ${f.baseline.cpuSeconds.toFixed(2)} s. Baseline and kernel agree on ` +
        `the top 20 of ${f.agreeing} of ${f.compared} jobs; whole feasible and near-miss lists identical: ${f.fullListsAgree ? 'yes' : 'no'}.`,
    );
  }
  for (const stage of r.stages) lines.push(`- ${summaryLine(stage)}`);
  if (r.profileUpdates.length > 0) {
    const worker = r.profileUpdates.map((t) => t.workerMs).filter((v): v is number => v !== null);
    lines.push(
      `- Profile updates: the worker's run ${worker.length > 0 ? ms(median(worker)) : '(not logged)'} (median), ` +
        `candidates ${Math.round(median(r.profileUpdates.map((t) => t.candidates ?? 0)))} of the ${r.publishedJobs} seeded ` +
        'PUBLISHED jobs and those the bench published.',
    );
  }
  if (r.read) lines.push(`- ${readLine(r.read)}`);
  if (r.memory) lines.push(`- ${memoryLine(r.memory)}`);
  if (r.clients) lines.push(`- ${clientSearchLine(r.clients)}`);
  for (const problem of r.problems) lines.push(`- Not measured: ${problem}`);
  const phased = r.stages.flatMap(loggedPhaseTable);
  if (phased.length > 0) {
    lines.push(
      '',
      '### Phases of a job’s scoring run',
      '',
      'As the worker logs them on its line per run (`phases`, ms; prefilter includes sending and receiving the ' +
        'packed candidates).',
      '',
      ...phased,
    );
  }
  const load = Math.max(m.loadAtStart[0], loadavg()[0]);
  if (load > m.cores) {
    lines.push(
      '',
      `The load average reached ${load.toFixed(1)} on ${m.cores} cores during this run: latencies include waiting ` +
        'for a CPU, so compare them with a quieter run before acting on them.',
    );
  }
  const missed = misses(r);
  if (missed.details.length > 0) lines.push('', '### Missed goals', '', ...missed.details);
  if (missed.closing.length > 0) {
    lines.push('', '### What would close them', '', ...missed.closing.map((c) => `- ${c}`), '');
  }
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

const HEADER = `# Benchmark results

Written by \`npm run bench\` (code in [bench/](.)); the newest run first. Figures are of the machine named in each
run. Compare runs of the same mode on the same machine only.
`;

/** Puts the run at the top of bench/results.md, above the earlier ones. */
export function writeResults(file: string, run: string): void {
  const earlier = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = earlier.indexOf('\n## ');
  const previous = start >= 0 ? earlier.slice(start + 1) : '';
  writeFileSync(file, `${HEADER}\n${run}${previous ? `\n${previous}` : ''}`);
}
