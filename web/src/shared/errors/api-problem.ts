import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** A field the API refused, with the machine-readable reason beside its English message. */
export interface FieldProblem {
  field: string;
  reason?: string;
  /** What was found, for some reasons: IDENTIFYING_TEXT says NAME, EMAIL, PHONE or IDENTITY_CODE. */
  kind?: string;
}

/** What the API said went wrong, in the contract's machine-readable terms only (never its English text). */
export interface ApiProblem {
  /** The contract's `extensions.code`, or NETWORK when no answer came. */
  code: string;
  /** `extensions.reason` (for CONFLICT and some others). */
  reason?: string;
  fields: FieldProblem[];
  retryAfterSeconds?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function fieldsOf(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isRecord)
    .flatMap((item) =>
      typeof item.field === 'string'
        ? [
            {
              field: item.field,
              ...(typeof item.reason === 'string' ? { reason: item.reason } : {}),
              ...(typeof item.kind === 'string' ? { kind: item.kind } : {}),
            },
          ]
        : [],
    );
}

/** The first error of a GraphQL answer, or a network failure, as an ApiProblem. */
export function apiProblemOf(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions ?? {};
    const problem: ApiProblem = {
      code: typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
      fields: fieldsOf(extensions.fields),
    };
    if (typeof extensions.reason === 'string') problem.reason = extensions.reason;
    if (typeof extensions.retryAfterSeconds === 'number') problem.retryAfterSeconds = extensions.retryAfterSeconds;
    return problem;
  }
  return { code: 'NETWORK', fields: [] };
}
