/** Small helpers shared by the sections of the bench. */

const started = Date.now();

/** Progress on stderr, with the seconds since the start: the table itself goes to stdout. */
export function log(message: string): void {
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
}

/** Runs `work` and returns its value and the CPU seconds (user + system) the process spent on it. */
export function cpuSeconds<T>(work: () => T): [T, number] {
  const start = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(start);
  return [value, (used.user + used.system) / 1e6];
}

/** A full collection between measurements when node runs with --expose-gc (npm run bench does). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The p-th percentile (0..100) by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * fetch, sent again once when the connection fails before a response: a kept-alive socket that the server closed
 * when idle (Node's servers do after 5 s) can race with the next request, which then never reached the server.
 */
export async function send(url: string, init: RequestInit = {}): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const code = cause?.code ?? cause?.message ?? 'no cause';
      if (attempt === 1 && (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET')) continue;
      throw new Error(`${url}: ${(error as Error).message} (${code})`, { cause: error });
    }
  }
}
