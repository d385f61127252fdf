import { isUUID } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '../common/errors/domain-error';
import { type Connection, connectionOf, decodeCursor, type PageArgs } from '../common/graphql/pagination';

/** created_at to the microsecond, as text: a JS Date would round it to the millisecond and skip or repeat rows. */
const CURSOR_AT = (alias: string): string =>
  `to_char(${alias}.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const CURSOR_AT_FORMAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** A cursor's time as we wrote it: the format, and a real date (no 30 February for Postgres to refuse). */
function isCursorAt(at: string): boolean {
  if (!CURSOR_AT_FORMAT.test(at)) return false;
  const parsed = Date.parse(at);
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 23) === at.slice(0, 23);
}

/**
 * One page of `query` (an entity with `id` and `created_at`), newest first: keyset pagination on
 * (created_at DESC, id), the order of the `client_service_provider_idx` and `capacity_profile_service_provider_idx`
 * indexes, never OFFSET. `totalCount` counts every row of the query.
 */
export async function newestFirst<E extends ObjectLiteral & { id: string }, N>(
  query: SelectQueryBuilder<E>,
  alias: string,
  page: PageArgs,
  toNode: (entity: E) => N,
): Promise<Connection<N>> {
  const paged = query
    .clone()
    .addSelect(CURSOR_AT(alias), 'cursor_at')
    .orderBy(`${alias}.created_at`, 'DESC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(page.first + 1);
  if (page.after) {
    const [at, id] = decodeCursor(page.after, ['string', 'string']) as [string, string];
    if (!isCursorAt(at) || !isUUID(id))
      throw BadInputError.field('after', 'is not a cursor from this list', 'INVALID_CURSOR');
    paged.andWhere(
      `(${alias}.created_at < :cursorAt OR (${alias}.created_at = :cursorAt AND ${alias}.id > :cursorId))`,
      {
        cursorAt: at,
        cursorId: id,
      },
    );
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
