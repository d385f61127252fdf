import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, OperationTypeNode, visit, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode, type FieldProblem, type FieldReason } from '../errors/domain-error';
import { characters } from '../validation/text';

/** Limits on what one request may ask. The README's "API ground rules" section documents them. */
export const LIMITS = {
  maxDepth: 10,
  maxCost: 20_000,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 10,
  /** Characters of any one string, in variables or inline in the query. Fields have their own, smaller limits. */
  maxStringLength: 10_000,
  /** Levels of nesting of any variable (objects and lists). */
  maxInputDepth: 20,
  /** Bytes of a request body. */
  maxBodyBytes: 100 * 1024,
  /** Items of a page (`first`). */
  maxPageSize: 100,
} as const;

function tooComplex(context: ValidationContext | null, error: GraphQLError): void {
  const message = `The query is too complex: ${error.message.replace(/^Syntax Error: /, '')}`;
  context?.reportError(new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } }));
}

/**
 * graphql-armor's depth, alias and directive limits, each rejection reported as QUERY_TOO_COMPLEX. The token
 * limit is graphql-js's own (`parseOptions.maxTokens`): armor's version throws from a plugin hook, which turns a
 * plain syntax error into an HTTP 500. The cost limit is ours (cost.ts): armor's counts only a literal `first`.
 */
export function armor(): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const callbacks = { onReject: [tooComplex], propagateOnRejection: false };
  const protection = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...callbacks },
    maxAliases: { n: LIMITS.maxAliases, ...callbacks },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives, ...callbacks },
    // Apollo's hideSchemaDetailsFromClientErrors does this in production.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { plugins: protection.plugins, validationRules: protection.validationRules };
}

/** This schema has no Subscription type; graphql-js 16 would only refuse such an operation when executing it. */
export const noSubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === OperationTypeNode.SUBSCRIPTION && !context.getSchema().getSubscriptionType()) {
      context.reportError(new GraphQLError('This API has no subscriptions.', { nodes: node }));
    }
  },
});

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a string as input, if anything: too long, a NUL character, or not valid Unicode. */
function stringProblem(value: string): { message: string; reason: FieldReason } | null {
  if (value.length > LIMITS.maxStringLength && characters(value) > LIMITS.maxStringLength) {
    return { message: `must be at most ${LIMITS.maxStringLength} characters`, reason: 'TOO_LONG' };
  }
  if (value.includes('\u0000')) return { message: 'must not contain NUL characters', reason: 'INVALID_TEXT' };
  if (UNPAIRED_SURROGATE.test(value)) {
    return { message: 'is not valid text (it has an unpaired surrogate)', reason: 'INVALID_TEXT' };
  }
  return null;
}

const MAX_REPORTED = 20;

/**
 * Walks the variables without recursion (a deeply nested body cannot exhaust the stack) and reports strings that
 * break the rules above, and values nested more than LIMITS.maxInputDepth levels.
 */
export function inputProblems(variables: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = Object.entries(variables).map(([key, value]) => ({
    value,
    path: key,
    depth: 1,
  }));
  while (stack.length > 0 && problems.length < MAX_REPORTED) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = stringProblem(value);
      if (problem) problems.push({ field: path, ...problem });
    } else if (value !== null && typeof value === 'object') {
      if (depth > LIMITS.maxInputDepth) {
        problems.push({
          field: path,
          message: `is nested more than ${LIMITS.maxInputDepth} levels deep`,
          reason: 'TOO_DEEP',
        });
        continue;
      }
      const entries = Array.isArray(value)
        ? value.map((item, i) => [`${path}[${i}]`, item] as const)
        : Object.entries(value).map(([key, item]) => [`${path}.${key}`, item] as const);
      for (const [child, item] of entries) stack.push({ value: item, path: child, depth: depth + 1 });
    }
  }
  return problems.sort((a, b) => a.field.localeCompare(b.field));
}

/** A backstop under the per-field rules: no over-long, NUL-carrying or malformed string reaches a resolver. */
export function inputRulesPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const fields = inputProblems(request.variables ?? {});
          visit(document, {
            [Kind.STRING]: (node) => {
              const problem = stringProblem(node.value);
              if (problem && fields.length < MAX_REPORTED) fields.push({ field: 'query', ...problem });
            },
          });
          if (fields.length > 0) {
            throw new GraphQLError('Some of the input is not valid.', {
              extensions: { code: ErrorCode.BAD_USER_INPUT, fields, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
