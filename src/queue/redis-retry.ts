/**
 * Reconnect delays for the queue's Redis connections: quick at first, then every five seconds, so that scoring
 * resumes within seconds of Redis coming back (BullMQ's default grows to twenty seconds).
 */
export function queueRetryStrategy(attempt: number): number {
  return Math.min(attempt * 250, 5000);
}
