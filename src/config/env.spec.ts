import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './env';

const STRONG_SECRET = 'q7Vn2xLk9pRt4wZc8bYh3mJf6sDg1aEu';
const STRONG_KEY = '3f9a1c7e5b2d8f40a6c3e1b9d7f5a2c48e6b0d3f1a9c7e5b2d4f6a8c0e2b4d6f';

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
      JWT_SECRET: STRONG_SECRET,
      DATA_ENCRYPTION_KEY: STRONG_KEY,
      PORT: '8080',
      ADMIN_EMAIL: 'admin@example.fi',
      ADMIN_PASSWORD: 'a-long-password',
      SMTP_URL: 'smtp://mail.example.fi:587',
      PUBLIC_URL: 'https://jobcenter.example.fi/',
      MAIL_FROM: 'Jobcenter <jobcenter@example.fi>',
    });
    expect(config.production).toBe(true);
    expect(config.port).toBe(8080);
    expect(config.dataEncryptionKey.toString('hex')).toBe(STRONG_KEY);
    expect(config.admin).toEqual({ email: 'admin@example.fi', password: 'a-long-password' });
    expect(config.mail).toMatchObject({
      smtpUrl: 'smtp://mail.example.fi:587',
      publicUrl: 'https://jobcenter.example.fi',
      from: 'Jobcenter <jobcenter@example.fi>',
      replyTo: null,
    });
  });

  it('requires SMTP_URL and PUBLIC_URL in production, and lets mail wait in the outbox without SMTP elsewhere', () => {
    const problems = (): string[] => {
      try {
        loadConfig({ NODE_ENV: 'production', JWT_SECRET: STRONG_SECRET, DATA_ENCRYPTION_KEY: STRONG_KEY });
        return [];
      } catch (e) {
        return (e as ConfigError).problems;
      }
    };
    expect(problems()).toEqual([
      'SMTP_URL: is required when NODE_ENV=production',
      expect.stringMatching(/^PUBLIC_URL: is required when NODE_ENV=production/),
    ]);
    expect(loadConfig({}).mail).toMatchObject({ smtpUrl: null, publicUrl: 'http://localhost:3000' });
    expect(() => loadConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL: must be an smtp/);
    expect(() => loadConfig({ MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ MAIL_RETRY_BASE_MS: '5000', MAIL_RETRY_MAX_MS: '1000' })).toThrow(/MAIL_RETRY_BASE_MS/);
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

  it('refuses the development secrets and trivial ones in production, saying why', () => {
    const problemsOf = (env: Record<string, string>): string[] => {
      try {
        loadConfig({
          NODE_ENV: 'production',
          JWT_SECRET: STRONG_SECRET,
          DATA_ENCRYPTION_KEY: STRONG_KEY,
          SMTP_URL: 'smtp://mail.example.fi',
          PUBLIC_URL: 'https://jobcenter.example.fi',
          ...env,
        });
        return [];
      } catch (e) {
        return (e as ConfigError).problems;
      }
    };
    const development = loadConfig({});
    expect(problemsOf({ JWT_SECRET: development.jwtSecret })).toEqual([
      expect.stringMatching(/^JWT_SECRET: is the development value/),
    ]);
    expect(problemsOf({ DATA_ENCRYPTION_KEY: development.dataEncryptionKey.toString('base64') })).toEqual([
      expect.stringMatching(/^DATA_ENCRYPTION_KEY: is the development value/),
    ]);
    // The same development key written in hex is the same key.
    expect(problemsOf({ DATA_ENCRYPTION_KEY: development.dataEncryptionKey.toString('hex') })).toHaveLength(1);
    for (const trivial of ['a'.repeat(32), 'ab'.repeat(16), 'abc123'.repeat(6), '0123456789'.repeat(4).slice(0, 32)]) {
      expect(problemsOf({ JWT_SECRET: trivial })).toEqual([expect.stringMatching(/^JWT_SECRET: is too easy to guess/)]);
    }
    for (const trivial of [
      'ab'.repeat(32),
      '00'.repeat(32),
      '0123'.repeat(16),
      Buffer.alloc(32, 7).toString('base64'),
    ]) {
      expect(problemsOf({ DATA_ENCRYPTION_KEY: trivial })).toEqual([
        expect.stringMatching(/^DATA_ENCRYPTION_KEY: is too easy to guess/),
      ]);
    }
    // Outside production the development values and any others apply as given.
    expect(() => loadConfig({ JWT_SECRET: 'a'.repeat(32), DATA_ENCRYPTION_KEY: 'ab'.repeat(32) })).not.toThrow();
  });
});
