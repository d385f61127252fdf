import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { MaxLength } from '../validation/text';
import { BadInputError } from '../errors/domain-error';
import { LIMITS } from './limits';

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

/**
 * A page of a list. `Total` is how its totalCount is held: a number, or, for a connection type with a totalCount
 * resolver that calls it (MatchConnection), a function that counts only when the field is asked for.
 */
export interface Connection<T, Total = number> {
  edges: Edge<T>[];
  pageInfo: PageInfoModel;
  totalCount: Total;
}

/** A page whose total is counted only when a query asks for it. */
export type LazyTotalConnection<T> = Connection<T, () => Promise<number>>;

/** `XEdge` and `XConnection` object types for a node type, as the contract names them. */
export function Paginated<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => node)
    node: T;

    @Field()
    cursor: string;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfoModel)
    pageInfo: PageInfoModel;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType as Type<Connection<T>>;
}

/** `first` and `after` of every list; `first` is bounded so that no request can ask for the whole table. */
@ArgsType()
export class PageArgs {
  // Nullable with a default, as the contract has it (`first: Int = 20`); an explicit null is refused by @IsInt.
  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(LIMITS.maxPageSize)
  first: number = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

/** Cursors are opaque to clients: base64url of the sort key of the last row seen. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key inside a cursor; BAD_USER_INPUT on `after` when it is not one of ours or has the wrong shape. */
export function decodeCursor(cursor: string, shape: readonly ('string' | 'number')[]): (string | number)[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (
    !Array.isArray(key) ||
    key.length !== shape.length ||
    key.some((part, i) => typeof part !== shape[i] || (typeof part === 'number' && !Number.isFinite(part)))
  ) {
    throw BadInputError.field('after', 'is not a cursor from this list', 'INVALID_CURSOR');
  }
  return key as (string | number)[];
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
