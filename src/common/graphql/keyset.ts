import { isUUID } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '../errors/domain-error';
import type { Connection, PageArgs } from './pagination';

/**
 * Keyset pagination, the one way every list pages: a cursor is base64url of the sort key of the last row seen,
 * and a page is the rows after it in the list's order, never OFFSET. A cursor is opaque to clients but not
 * trusted: each part is checked against what the list could have written (a real timestamp, a number in its
 * range, a uuid) before it reaches SQL, so a crafted cursor is BAD_USER_INPUT (`INVALID_CURSOR`), never a
 * Postgres error.
 */

/** One part of a sort key, as a list writes it. */
export type KeyPart =
  | { kind: 'timestamp' }
  | { kind: 'uuid' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'number'; min: number; max: number };

type ValueOf<P extends KeyPart> = P extends { kind: 'integer' | 'number' } ? number : string;
export type KeyOf<Parts extends readonly KeyPart[]> = { [I in keyof Parts]: ValueOf<Parts[I]> };

export const TIMESTAMP = { kind: 'timestamp' } as const satisfies KeyPart;
export const UUID = { kind: 'uuid' } as const satisfies KeyPart;

/**
 * A sort timestamp in a cursor: UTC with microseconds, as Postgres keeps it (a JS Date would round it to the
 * millisecond and skip or repeat rows). `cursorTime` is the SQL that writes it.
 */
const CURSOR_TIME = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
export const cursorTime = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Years a stored timestamp can have here: rows are written by now(); anything else is not one of ours. */
const FIRST_YEAR = 1970;
const LAST_YEAR = 9999;

/** A timestamp as a cursor holds it: the format, a real date (no 30 February), a year in range. */
export function isCursorTime(value: string): boolean {
  const match = CURSOR_TIME.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const parsed = Date.parse(value);
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 23) === value.slice(0, 23);
}

/** Whether a date given as input is one Postgres stores as it is (between the years FIRST_YEAR and LAST_YEAR). */
export function isStorableDate(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

function partIsValid(part: KeyPart, value: unknown): boolean {
  switch (part.kind) {
    case 'timestamp':
      return typeof value === 'string' && isCursorTime(value);
    case 'uuid':
      return typeof value === 'string' && isUUID(value);
    case 'integer':
      return Number.isInteger(value) && (value as number) >= part.min && (value as number) <= part.max;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= part.min && value <= part.max;
  }
}

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * Builds a connection from up to `first + 1` rows fetched in order: the extra row only tells that there is a
 * next page.
 */
export function connectionOf<R, T, Total = number>(
  rows: readonly R[],
  first: number,
  totalCount: Total,
  toNode: (row: R) => T,
  keyOf: (row: R) => readonly (string | number)[],
): Connection<T, Total> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ node: toNode(row), cursor: encodeCursor(keyOf(row)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null },
    totalCount,
  };
}

/** The sort key inside a cursor; BAD_USER_INPUT on `after` when it is not one this list could have written. */
export function decodeCursor<const Parts extends readonly KeyPart[]>(cursor: string, parts: Parts): KeyOf<Parts> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== parts.length || parts.some((part, i) => !partIsValid(part, key[i]))) {
    throw BadInputError.field('after', 'is not a cursor from this list', 'INVALID_CURSOR');
  }
  return key as KeyOf<Parts>;
}

/**
 * One page of `query` (an entity with `id`), newest first by `column` (a timestamptz): keyset pagination on
 * (column DESC, id ASC), the order of the lists' indexes. The first condition on the cursor is the one an index
 * range can use. `totalCount` counts every row of the query.
 */
export async function newestFirst<E extends ObjectLiteral & { id: string }, N>(
  query: SelectQueryBuilder<E>,
  alias: string,
  page: PageArgs,
  toNode: (entity: E) => N,
  column = 'created_at',
): Promise<Connection<N>> {
  const sort = `${alias}.${column}`;
  const paged = query
    .clone()
    .addSelect(cursorTime(sort), 'cursor_at')
    .orderBy(sort, 'DESC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(page.first + 1);
  if (page.after) {
    const [at, id] = decodeCursor(page.after, [TIMESTAMP, UUID]);
    paged.andWhere(`${sort} <= CAST(:cursorAt AS timestamptz)`, { cursorAt: at });
    paged.andWhere(`(${sort} < CAST(:cursorAt AS timestamptz) OR ${alias}.id > CAST(:cursorId AS uuid))`, {
      cursorId: id,
    });
  }
  const [{ entities, raw }, totalCount] = await Promise.all([
    paged.getRawAndEntities<{ cursor_at: string }>(),
    query.clone().getCount(),
  ]);
  const rows = entities.map((entity, i) => ({ entity, at: raw[i].cursor_at }));
  return connectionOf(
    rows,
    page.first,
    totalCount,
    (row) => toNode(row.entity),
    (row) => [row.at, row.entity.id],
  );
}
