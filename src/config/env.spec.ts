import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './env';

describe('loadConfig', () => {
  it('applies development defaults', () => {
    const config = loadConfig({});
    expect(config.nodeEnv).toBe('development');
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/jobcenter');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.port).toBe(3000);
    expect(config.dataEncryptionKey).toHaveLength(32);
    expect(config.admin).toBeNull();
  });

  it('requires both secrets in production and names them', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toContain('JWT_SECRET');
      expect(message).toContain('DATA_ENCRYPTION_KEY');
    }
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', DATA_ENCRYPTION_KEY: 'short', ADMIN_EMAIL: 'a@b.fi' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join('\n');
      for (const name of ['PORT', 'DATABASE_URL', 'DATA_ENCRYPTION_KEY', 'ADMIN_EMAIL, ADMIN_PASSWORD']) {
        expect(problems).toContain(name);
      }
    }
  });

  it('accepts a complete production configuration', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      DATA_ENCRYPTION_KEY: 'ab'.repeat(32),
      PORT: '8080',
      ADMIN_EMAIL: 'admin@example.fi',
      ADMIN_PASSWORD: 'a-long-password',
    });
    expect(config.production).toBe(true);
    expect(config.port).toBe(8080);
    expect(config.dataEncryptionKey.toString('hex')).toBe('ab'.repeat(32));
    expect(config.admin).toEqual({ email: 'admin@example.fi', password: 'a-long-password' });
  });

  it('reads the session limits, 30 minutes idle and 12 hours at most by default', () => {
    expect(loadConfig({}).session).toEqual({ idleSeconds: 1800, absoluteSeconds: 43_200 });
    expect(loadConfig({ SESSION_IDLE_SECONDS: '3', SESSION_ABSOLUTE_SECONDS: '8' }).session).toEqual({
      idleSeconds: 3,
      absoluteSeconds: 8,
    });
  });

  it('refuses an idle limit longer than the absolute one, and limits that are not whole seconds', () => {
    expect(() => loadConfig({ SESSION_IDLE_SECONDS: '600', SESSION_ABSOLUTE_SECONDS: '60' })).toThrow(
      /SESSION_IDLE_SECONDS: must not be longer than SESSION_ABSOLUTE_SECONDS/,
    );
    expect(() => loadConfig({ SESSION_IDLE_SECONDS: '0' })).toThrow(/SESSION_IDLE_SECONDS/);
    expect(() => loadConfig({ SESSION_ABSOLUTE_SECONDS: '1.5' })).toThrow(/SESSION_ABSOLUTE_SECONDS/);
  });
});
