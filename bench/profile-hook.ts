/**
 * Preloaded (`node -r`) into the app's processes by the bench, which leaves the app's own code untouched:
 * - with BENCH_PROFILE_FILE, SIGWINCH starts the sampling profiler and the next SIGWINCH writes the profile there
 *   (open it in Chrome DevTools) and stops it. SIGWINCH because Nest's shutdown hooks take SIGUSR2 (and the
 *   inspector SIGUSR1), and a process without this hook ignores it;
 * - with BENCH_MEMORY_INTERVAL_MS, the process prints its process.memoryUsage() that often, so the bench can say
 *   whether the V8 heap or buffers make up its resident set.
 * Without either, this does nothing.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

export const PROFILE_STARTED = 'bench-profile: started';
export const PROFILE_WRITTEN = 'bench-profile: written';
export const MEMORY_LINE = 'bench-memory ';

const memoryInterval = Number(process.env.BENCH_MEMORY_INTERVAL_MS);
if (memoryInterval > 0) {
  setInterval(
    () => process.stderr.write(`${MEMORY_LINE}${JSON.stringify(process.memoryUsage())}\n`),
    memoryInterval,
  ).unref();
}

const file = process.env.BENCH_PROFILE_FILE;
if (file) {
  const session = new Session();
  session.connect();
  let running = false;
  process.on('SIGWINCH', () => {
    if (!running) {
      running = true;
      session.post('Profiler.enable', () =>
        session.post('Profiler.setSamplingInterval', { interval: 250 }, () =>
          session.post('Profiler.start', () => process.stderr.write(`${PROFILE_STARTED}\n`)),
        ),
      );
      return;
    }
    session.post('Profiler.stop', (error, result) => {
      running = false;
      if (error) process.stderr.write(`bench-profile: ${error.message}\n`);
      else writeFileSync(file, JSON.stringify(result.profile));
      process.stderr.write(`${PROFILE_WRITTEN} ${file}\n`);
    });
  });
}
