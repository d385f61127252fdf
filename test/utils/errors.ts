import type { GraphQLResponse } from './stack';

/** The first error's `extensions.code`. */
export const codeOf = (response: GraphQLResponse): string | undefined => response.errors?.[0]?.extensions?.code;

/** The first error's `extensions.reason` (CONFLICT, access-code refusals). */
export const reasonOf = (response: GraphQLResponse): string | undefined => response.errors?.[0]?.extensions?.reason;

/** The fields the first error names (BAD_USER_INPUT). */
export const fieldsOf = (response: GraphQLResponse): string[] =>
  (response.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);

/** The first error's field problems as [field, reason] pairs. */
export const fieldReasonsOf = (response: GraphQLResponse): [string, string][] =>
  (response.errors?.[0]?.extensions?.fields ?? []).map((f) => [f.field, f.reason]);

/** The fields the first error names, sorted, each once. */
export const fieldSetOf = (response: GraphQLResponse): string[] => [...new Set(fieldsOf(response))].sort();

/** The fields the first error names, sorted, a field once per problem. */
export const sortedFieldsOf = (response: GraphQLResponse): string[] => fieldsOf(response).sort();

/** The first error's code, or OK when the call succeeded: for tables of outcomes. */
export const outcomeOf = (response: GraphQLResponse): string => codeOf(response) ?? 'OK';
