import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { Stack } from '../utils/stack';
import { databaseUrl } from '../utils/test-env';

/** The harness itself: a loaded machine must not fail a test while a stack is torn down (issue 14, item 11). */
describe('the test stack', () => {
  const adminShutdown = () =>
    Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });

  it("ends its pool's connections before the drop, and the drop's 57P01 fails no test; any other error does", async () => {
    const stack = await Stack.start({ worker: false });
    // Four connections at once, idle in the pool afterwards: what a test leaves behind.
    await Promise.all([1, 2, 3, 4].map(() => stack.db.query('SELECT pg_sleep(0.05)')));
    expect(stack.db.totalCount).toBe(4);
    // While the stack runs, a connection ended under us is a failure.
    expect(() => stack.db.emit('error', adminShutdown())).toThrow('administrator command');
    await stack.stop();
    const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
    await admin.connect();
    try {
      const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [stack.databaseName]);
      expect(rows).toHaveLength(0);
    } finally {
      await admin.end();
    }
    // Once the teardown has begun, the drop's own admin_shutdown is expected; anything else still fails.
    expect(() => stack.db.emit('error', adminShutdown())).not.toThrow();
    expect(() => stack.db.emit('error', Object.assign(new Error('disk full'), { code: '53100' }))).toThrow(
      'disk full',
    );
  });
});
