import { describe, expect, it } from '@jest/globals';
import { Repeating } from './repeating';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('Repeating', () => {
  it('never runs two passes at once: a pass due while one runs is skipped', async () => {
    const gate = deferred();
    let started = 0;
    const repeating = new Repeating('test pass', { warn: () => undefined }, async () => {
      started++;
      await gate.promise;
      return started;
    });
    const first = repeating.run();
    expect(await repeating.run()).toBeUndefined();
    expect(started).toBe(1);
    gate.resolve();
    expect(await first).toBe(1);
    expect(await repeating.run()).toBe(2);
  });

  it('logs a failed pass, answers undefined, and runs the next one', async () => {
    const warnings: string[] = [];
    let calls = 0;
    const repeating = new Repeating('test pass', { warn: (m) => warnings.push(m) }, () => {
      calls++;
      return calls === 1 ? Promise.reject(new Error('database is down')) : Promise.resolve('done');
    });
    expect(await repeating.run()).toBeUndefined();
    expect(warnings).toEqual(['test pass failed: database is down']);
    expect(await repeating.run()).toBe('done');
  });

  it('stop waits for the running pass and no pass starts after it', async () => {
    const gate = deferred();
    let ended = false;
    let started = 0;
    const repeating = new Repeating('test pass', { warn: () => undefined }, async () => {
      started++;
      await gate.promise;
      ended = true;
    });
    repeating.start(5, { now: true });
    expect(started).toBe(1);
    const stopped = repeating.stop();
    let stoppedYet = false;
    void stopped.then(() => (stoppedYet = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(stoppedYet).toBe(false);
    gate.resolve();
    await stopped;
    expect(ended).toBe(true);
    await new Promise((r) => setTimeout(r, 30));
    expect(started).toBe(1);
  });
});
