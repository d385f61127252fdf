/** How long before the session's end the page warns and offers to stay signed in. */
export const WARN_BEFORE_MS = 60_000;

/**
 * When the session will end, predicted from the last `me` answer and the requests since: the server renews the idle
 * limit on every request, so the end moves with the last activity, but never past the absolute limit, which shows
 * as an answer whose end did not move with its request.
 */
export class SessionClock {
  private idleMs: number | null = null;
  private lastActivity = 0;
  private absoluteEnd = Number.POSITIVE_INFINITY;

  /** A `me` answer received at `now` with its `sessionExpiresAt`. */
  observe(expiresAt: string | null | undefined, now: number): void {
    if (!expiresAt) {
      this.idleMs = null;
      return;
    }
    const end = Date.parse(expiresAt);
    const idle = end - now;
    // The first answer tells the idle window; a later one that ends sooner than the window says is the absolute cap.
    if (this.idleMs === null || idle > this.idleMs) this.idleMs = idle;
    else if (this.idleMs - idle > 5_000) this.absoluteEnd = end;
    this.lastActivity = now;
  }

  activity(now: number): void {
    this.lastActivity = now;
  }

  reset(): void {
    this.idleMs = null;
    this.lastActivity = 0;
    this.absoluteEnd = Number.POSITIVE_INFINITY;
  }

  /** The predicted end in ms since the epoch, or null when the session has no known end. */
  get endsAt(): number | null {
    if (this.idleMs === null) return null;
    return Math.min(this.lastActivity + this.idleMs, this.absoluteEnd);
  }

  /** Whether staying signed in can move the end (false once the absolute limit is what ends the session). */
  get canExtend(): boolean {
    return this.endsAt !== this.absoluteEnd;
  }
}
