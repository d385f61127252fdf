import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { MaxLength } from '../validation/text';
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
