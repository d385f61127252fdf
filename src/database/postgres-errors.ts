/**
 * Postgres errors by SQLSTATE. TypeORM wraps the driver's error in a QueryFailedError that keeps it as
 * `driverError`; a raw pg error carries `code` itself.
 */
export function postgresCodeOf(error: unknown): string | undefined {
  const { driverError, code } = error as { driverError?: { code?: unknown }; code?: unknown };
  const found = driverError?.code ?? code;
  return typeof found === 'string' ? found : undefined;
}

/**
 * Failures after which a whole transaction may simply run again: a deadlock (40P01), a serialisation failure
 * (40001) and a lock timeout (55P03). Nothing of the transaction was kept.
 */
const RETRYABLE = new Set(['40P01', '40001', '55P03']);

export function isRetryable(code: string | undefined): code is string {
  return code !== undefined && RETRYABLE.has(code);
}

/** A unique violation (23505) of the named constraint or index: the index decided between two concurrent writes. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const { driverError, constraint: own } = error as { driverError?: { constraint?: unknown }; constraint?: unknown };
  return postgresCodeOf(error) === '23505' && (driverError?.constraint ?? own) === constraint;
}
