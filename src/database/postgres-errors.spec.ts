import { QueryFailedError } from 'typeorm';
import { isRetryable, isUniqueViolation, postgresCodeOf } from './postgres-errors';

const wrapped = (driverError: Record<string, unknown>) =>
  new QueryFailedError('INSERT ...', [], Object.assign(new Error('duplicate key'), driverError));

describe('postgres errors', () => {
  it('reads the SQLSTATE of a TypeORM error and of a raw pg error', () => {
    expect(postgresCodeOf(wrapped({ code: '23505' }))).toBe('23505');
    expect(postgresCodeOf({ code: '40P01' })).toBe('40P01');
    expect(postgresCodeOf(new Error('no code'))).toBeUndefined();
  });

  it('knows a unique violation by its constraint, wrapped or raw', () => {
    expect(isUniqueViolation(wrapped({ code: '23505', constraint: 'offer_open_key' }), 'offer_open_key')).toBe(true);
    expect(isUniqueViolation({ code: '23505', constraint: 'offer_open_key' }, 'offer_open_key')).toBe(true);
    expect(isUniqueViolation(wrapped({ code: '23505', constraint: 'other_key' }), 'offer_open_key')).toBe(false);
    expect(isUniqueViolation(wrapped({ code: '23503', constraint: 'offer_open_key' }), 'offer_open_key')).toBe(false);
  });

  it('retries deadlocks and serialisation failures only', () => {
    expect(isRetryable('40P01')).toBe(true);
    expect(isRetryable('23505')).toBe(false);
    expect(isRetryable(undefined)).toBe(false);
  });
});
