import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode, type FieldProblem, type FieldReason } from './domain-error';

const CONTRACT_CODES = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR));

function contractCode(code: unknown): ErrorCode | undefined {
  return typeof code === 'string' && CONTRACT_CODES.has(code) ? (code as ErrorCode) : undefined;
}

/** Apollo's own codes for requests that never reached a resolver: all of them are about the caller's input. */
const INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** graphql-js's own token-limit syntax error, however a version words it around the number. */
export const TOKEN_LIMIT = /^Syntax Error: Document contains more \w+ \d+ tokens/;

/**
 * pg's and pg-pool's ways of saying Postgres did not answer in time or went away; pg gives most of them no code,
 * only these messages. With their Postgres codes: statement_timeout (57014), shutdown (57P01-57P03).
 */
const DATABASE_UNAVAILABLE = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated due to connection timeout/i,
  /Query read timeout/i,
  /Connection terminated unexpectedly/i,
  /connect ECONNREFUSED|ECONNRESET|ETIMEDOUT/,
];
const UNAVAILABLE_SQLSTATES = new Set(['57014', '57P01', '57P02', '57P03', '08000', '08003', '08006']);

/** Whether an error says the database did not answer (in time), as opposed to a bug or a refused statement. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const driver = (error as { driverError?: unknown }).driverError;
  const candidates = [error, ...(driver instanceof Error ? [driver] : [])];
  return candidates.some(
    (e) =>
      UNAVAILABLE_SQLSTATES.has(String((e as { code?: unknown }).code)) ||
      DATABASE_UNAVAILABLE.some((pattern) => pattern.test(e.message)),
  );
}

/** The error and every error it wraps, outermost first (Apollo and Nest wrap what resolvers and rules throw). */
function chainOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && chain.length < 10) {
    chain.push(current);
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return chain;
}

/** Best effort: name the variable or argument an Apollo/graphql-js input error is about. */
export function fieldOf(message: string): string {
  const variable = /Variable "\$([^"]+)"/.exec(message);
  if (variable) {
    const at = /at "([^"]+)"/.exec(message);
    return at ? at[1] : variable[1];
  }
  const argument = /[Aa]rgument "([^"]+)"/.exec(message);
  return argument ? argument[1] : 'query';
}

/** The reason of an input error graphql-js or Apollo raised (parsing, validation, variable coercion). */
export function reasonOf(message: string, field: string): FieldReason {
  if (/was not provided|of required type .* not provided/.test(message)) return 'REQUIRED';
  if (/is not defined by type/.test(message)) return 'UNKNOWN_FIELD';
  if (/does not exist in ".*" enum/.test(message)) return 'NOT_ALLOWED_VALUE';
  if (/cannot represent|got invalid value|Expected type/.test(message)) return 'WRONG_TYPE';
  return field === 'query' ? 'INVALID_QUERY' : 'INVALID_FORMAT';
}

export interface FormatErrorOptions {
  production: boolean;
  log: (error: unknown) => void;
}

/**
 * The one place where failures become the contract's error shape. Domain errors keep their code and fields;
 * input errors from parsing, validation and variable coercion become BAD_USER_INPUT with a field list; anything
 * else is an internal error whose details never leave the server in production.
 */
export function makeFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const chain = chainOf(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    const domain = chain.find((e): e is DomainError => e instanceof DomainError);
    if (domain) {
      const extensions: Record<string, unknown> = { code: domain.code, ...domain.extra };
      if (domain.code === ErrorCode.BAD_USER_INPUT) extensions.fields = domain.fields;
      return { ...base, message: domain.message, extensions };
    }

    // A GraphQLError we raised with a contract code (limits, input checks) may be wrapped by Apollo's own,
    // which carries Apollo's code: the innermost contract code wins.
    const candidates = [
      ...chain.filter((e): e is GraphQLError => e instanceof GraphQLError).reverse(),
      { message: formatted.message, extensions: formatted.extensions ?? {} },
    ];
    const coded = candidates.find((e) => contractCode(e.extensions?.code) !== undefined);
    const code = contractCode(coded?.extensions?.code);
    if (coded && code && code !== ErrorCode.BAD_USER_INPUT)
      return { ...base, message: coded.message, extensions: { code } };

    // graphql-js's token limit (parseOptions.maxTokens) is a syntax error; to the caller it is a too-big query.
    // graphql-js 16 words it "more that 2000 tokens", a later version may fix the typo: match either.
    if (TOKEN_LIMIT.test(formatted.message)) {
      return {
        ...base,
        message: formatted.message.replace(/^Syntax Error: /, 'The query is too complex: '),
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
      };
    }

    const apolloCode = formatted.extensions?.code;
    if (code === ErrorCode.BAD_USER_INPUT || (typeof apolloCode === 'string' && INPUT_CODES.has(apolloCode))) {
      const given = coded?.extensions?.fields ?? formatted.extensions?.fields;
      const field = fieldOf(formatted.message);
      const fields: FieldProblem[] = Array.isArray(given)
        ? (given as FieldProblem[])
        : [{ field, message: formatted.message, reason: reasonOf(formatted.message, field) }];
      return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, fields } };
    }

    options.log(chain[chain.length - 1]);
    if (isDatabaseUnavailable(chain[chain.length - 1])) {
      return {
        message: 'The service cannot reach its database just now. Please try again in a moment.',
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    const message = 'Something went wrong on our side. Please try again later.';
    if (options.production)
      return { message, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    const last = chain[chain.length - 1];
    return {
      ...base,
      extensions: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        detail: last instanceof Error ? last.message : String(last),
      },
    };
  };
}
