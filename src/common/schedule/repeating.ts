/** What a Repeating needs of a logger: Nest's Logger has it. */
export interface WarnLogger {
  warn(message: string): void;
}

/**
 * A pass that repeats on an interval in a background service (the reconciler, the mail outbox, the earnings
 * limits watcher): passes never overlap (a pass still running when the next is due is skipped), a failed pass is
 * logged and the next one tries again, and `stop` waits for a running pass to end, so shutdown cuts nothing off.
 */
export class Repeating<T> {
  private timer?: NodeJS.Timeout;
  private running: Promise<T | undefined> | null = null;

  constructor(
    /** What the pass does, for the log line of a failure ("mail pass"). */
    private readonly what: string,
    private readonly logger: WarnLogger,
    private readonly pass: () => Promise<T>,
  ) {}

  /** Runs a pass every `intervalMs`, and one at once when `now` is set. */
  start(intervalMs: number, options: { now?: boolean } = {}): void {
    this.timer = setInterval(() => void this.run(), intervalMs);
    if (options.now) void this.run();
  }

  /** One pass now; undefined when one was already running (it is not started twice) or when it failed. */
  run(): Promise<T | undefined> {
    if (this.running) return Promise.resolve(undefined);
    const running = this.pass()
      .catch((error: unknown) => {
        this.logger.warn(`${this.what} failed: ${(error as Error).message}`);
        return undefined;
      })
      .finally(() => {
        this.running = null;
      });
    this.running = running;
    return running;
  }

  /** No more passes; resolves when the running one, if any, has ended. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
