import { IntrinsicException } from '@nestjs/common';
/** The contract's error codes (schema.graphql header), plus the one a bug produces. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The database did not answer in time: try again shortly (an addition to the contract's list). */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * Why a field was refused, for the pages to say in the user's language (the README lists them). Stable: a reason
 * is never renamed or reused for something else; new ones may be added.
 */
export const FIELD_REASONS = [
  'REQUIRED',
  'UNKNOWN_FIELD',
  'WRONG_TYPE',
  'INVALID_FORMAT',
  'INVALID_QUERY',
  'NOT_ALLOWED_VALUE',
  'TOO_SHORT',
  'TOO_LONG',
  'LENGTH_OUT_OF_RANGE',
  'TOO_SMALL',
  'TOO_LARGE',
  'OUT_OF_RANGE',
  'TOO_MANY_DECIMALS',
  'TOO_FEW',
  'TOO_MANY',
  'INVALID_TEXT',
  'TOO_DEEP',
  'INVALID_BUSINESS_ID',
  'INVALID_EMAIL',
  'UNKNOWN_CODE',
  'DUPLICATE',
  'MIN_ABOVE_MAX',
  'EMPTY_TIME_WINDOW',
  'OVERLAPPING_TIME_WINDOWS',
  'IDENTIFYING_TEXT',
  'EMAIL_TAKEN',
  'BUSINESS_ID_TAKEN',
  'NOT_ALLOWED_FOR_ROLE',
  'NOT_CHANGEABLE',
  'INCONSISTENT',
  'INVALID_CURSOR',
  'WEAK_PASSWORD',
] as const;
export type FieldReason = (typeof FIELD_REASONS)[number];

/** Why a state change was refused (CONFLICT), for the pages; as stable as the field reasons. */
export const CONFLICT_REASONS = [
  'STALE_VERSION',
  'INVALID_TRANSITION',
  'JOB_NOT_PUBLISHED',
  'PROFILE_NOT_ACTIVE',
  'NO_CONSENT',
  'NOT_A_MATCH',
  'ALREADY_EXISTS',
  'OFFER_CLOSED',
  'NO_FREE_POSITION',
  'ORGANISATION_NOT_VERIFIED',
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/**
 * Why a signed-in caller may not see or do something now (FORBIDDEN, RATE_LIMITED), when a page can say more than
 * "not allowed": ORGANISATION_NOT_VERIFIED (an employer organisation that an ADMIN has not verified yet sees how
 * many candidates fit, but no candidate), CANDIDATE_VIEW_LIMIT_REACHED (the organisation has been shown its daily
 * number of distinct candidates). As stable as the field reasons.
 */
export const ACCESS_REASONS = ['ORGANISATION_NOT_VERIFIED', 'CANDIDATE_VIEW_LIMIT_REACHED'] as const;
export type AccessReason = (typeof ACCESS_REASONS)[number];

/** More about a field problem, beside its reason: for IDENTIFYING_TEXT, what was found (EMAIL, PHONE, ...). */
export interface FieldProblemExtra {
  kind?: string;
}

export interface FieldProblem extends FieldProblemExtra {
  field: string;
  /** English, for developers and logs; pages show `reason` in the user's language. */
  message: string;
  reason: FieldReason;
}

/**
 * An expected failure a caller can act on. Features throw their own subclasses; the GraphQL error formatter
 * turns each into `extensions.code` (and `extensions.fields` for bad input) in one place.
 */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first.', extra: Record<string, unknown> = {}) {
    super(ErrorCode.UNAUTHENTICATED, message, [], extra);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this.', extra: Record<string, unknown> = {}) {
    super(ErrorCode.FORBIDDEN, message, [], extra);
  }
}

/**
 * An employer organisation not verified yet: it may draft and publish jobs and sees how many candidates fit, but
 * no candidate (FORBIDDEN, `extensions.reason` ORGANISATION_NOT_VERIFIED).
 */
export class OrganisationNotVerifiedError extends ForbiddenError {
  constructor() {
    super('Your organisation is waiting for verification by Jobcenter: you will see candidates once it is verified.', {
      reason: 'ORGANISATION_NOT_VERIFIED' satisfies AccessReason,
    });
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} was not found.`);
  }
}

/** Field problems one answer names at most: enough to mend a form, not a way to make the API write megabytes. */
export const MAX_FIELD_PROBLEMS = 50;

export class BadInputError extends DomainError {
  constructor(fields: FieldProblem[], message = 'Some of the input is not valid.') {
    super(ErrorCode.BAD_USER_INPUT, message, fields.slice(0, MAX_FIELD_PROBLEMS));
  }

  static field(field: string, message: string, reason: FieldReason): BadInputError {
    return new BadInputError([{ field, message, reason }], message);
  }
}

/** A state change not allowed now; `extensions.reason` says which kind, `extra` adds details (e.g. the status). */
export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly reason: ConflictReason,
    extra: Record<string, unknown> = {},
  ) {
    super(ErrorCode.CONFLICT, message, [], { ...extra, reason });
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, [], {
      retryAfterSeconds,
    });
  }
}

/**
 * The organisation has been shown its daily number of distinct candidates (RATE_LIMITED, `extensions.reason`
 * CANDIDATE_VIEW_LIMIT_REACHED, `retryAfterSeconds` until the next day begins in Helsinki).
 */
export class CandidateViewLimitError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      ErrorCode.RATE_LIMITED,
      "Your organisation has seen today's number of candidates. You can see more tomorrow.",
      [],
      { retryAfterSeconds, reason: 'CANDIDATE_VIEW_LIMIT_REACHED' satisfies AccessReason },
    );
  }
}

/** Collects field problems so that one response names every bad field, not just the first. */
export class FieldProblems {
  private readonly list: FieldProblem[] = [];

  add(field: string, message: string, reason: FieldReason, extra: FieldProblemExtra = {}): void {
    this.list.push({ field, message, reason, ...extra });
  }

  get count(): number {
    return this.list.length;
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new BadInputError(this.list);
  }
}
