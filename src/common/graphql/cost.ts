import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { ErrorCode } from '../errors/domain-error';

/** How the cost of an operation is counted; the README's "API ground rules" section says the same. */
export const COST = {
  /** A scalar or enum field. */
  leaf: 1,
  /** A field with a selection of its own. */
  object: 2,
  /** Items assumed for a list without `first` (a job's tasks, a profile's abilities, the taxonomy). */
  listItems: 10,
  /** `first` when a list leaves it out: the contract's default. */
  defaultPage: 20,
  /** Largest `first` counted: a larger one is refused as bad input before anything is read. */
  maxPage: 100,
  /** Field selections counted at most (after fragments are expanded); more is too complex whatever the cost. */
  maxNodes: 10_000,
} as const;

class TooManyNodes extends Error {}

/** Items a field's `first` asks for: the value given (in a variable or inline) or the default, within 0..maxPage. */
function pageSize(first: unknown): number {
  const value = typeof first === 'number' && Number.isFinite(first) ? first : COST.defaultPage;
  return Math.min(Math.max(Math.floor(value), 0), COST.maxPage);
}

function fieldCost(counted: { nodes: number }, { type, field, args, childComplexity }: ComplexityEstimatorArgs) {
  if (++counted.nodes > COST.maxNodes) throw new TooManyNodes();
  // Introspection (off in production) reads the schema, not data: the explorer's own query is not refused.
  if (field.name.startsWith('__')) return 0;
  const leaf = isLeafType(getNamedType(field.type));
  let items = 1;
  if (field.args.some((arg) => arg.name === 'first')) {
    items = pageSize(args.first);
  } else if (!leaf && isListType(getNullableType(field.type))) {
    // A connection's edges are the page its field's `first` already counted.
    const edgesOfPage = field.name === 'edges' && type.name.endsWith('Connection');
    items = edgesOfPage ? 1 : COST.listItems;
  }
  return (leaf ? COST.leaf : COST.object) + items * childComplexity;
}

export type CostResult = { cost: number } | { tooManyNodes: true } | { invalidVariables: true };

/**
 * The cost of one operation with the request's variables: every field selected costs 1 (2 with a selection of its
 * own), and what a list field selects counts once per item it can return, `first` (given in the query, in a
 * variable, or left at its default) for pages, `COST.listItems` for other lists, multiplied down the tree.
 * Aliases and fragment spreads count each time they select. Variables that do not fit their types give
 * `invalidVariables`: executing the operation refuses them as bad input.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): CostResult {
  const counted = { nodes: 0 };
  try {
    const cost = getComplexity({
      schema,
      query: document,
      variables,
      operationName,
      maxQueryNodes: Number.MAX_SAFE_INTEGER,
      estimators: [(args) => fieldCost(counted, args)],
    });
    return { cost };
  } catch (error) {
    if (error instanceof TooManyNodes) return { tooManyNodes: true };
    return { invalidVariables: true };
  }
}

/** Refuses an operation over `maxCost` with QUERY_TOO_COMPLEX, before any resolver runs. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation }) {
          const result = operationCost(schema, document, request.variables ?? {}, operation?.name?.value);
          const message =
            'tooManyNodes' in result
              ? `The query is too complex: it selects more than ${COST.maxNodes} fields.`
              : 'cost' in result && result.cost > maxCost
                ? `The query is too complex: its cost is ${result.cost}, over the limit of ${maxCost}. Ask for smaller pages.`
                : null;
          if (message) {
            throw new GraphQLError(message, {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
