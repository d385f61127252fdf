import type { TFunction } from 'i18next';
import type { ApiProblem } from './api-problem';

/**
 * The message a person reads for a problem, in their language: the reason's own message when the catalogue has
 * one, else the code's, else a general one. `context` picks a message worded for one page (e.g. the code sign-in
 * says "this code" where a general page would say "this link"): `errors:<context>.<reason>` is tried first.
 */
export function problemMessage(t: TFunction, problem: ApiProblem, context?: string): string {
  const keys: string[] = [];
  if (problem.reason) {
    if (context) keys.push(`errors:${context}.${problem.reason}`);
    keys.push(`errors:reason.${problem.reason}`);
  }
  if (context) keys.push(`errors:${context}.${problem.code}`);
  keys.push(`errors:code.${problem.code}`, 'errors:code.UNKNOWN');
  return t(keys, waitOptions(problem));
}

/** The message for one field's problem, shown at that field. */
export function fieldMessage(t: TFunction, problem: { reason?: string }): string {
  return t(problem.reason ? [`errors:field.${problem.reason}`, 'errors:field.INVALID'] : 'errors:field.INVALID');
}

/** Each refused field's message by field name (the first problem of a field wins). */
export function fieldMessages(t: TFunction, problem: ApiProblem): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const field of problem.fields) byField[field.field] ??= fieldMessage(t, field);
  return byField;
}

/** How long to wait, rounded up to whole minutes (never "0 minutes"), for RATE_LIMITED. */
function waitOptions(problem: ApiProblem): { count: number } | undefined {
  if (problem.retryAfterSeconds === undefined) return undefined;
  return { count: Math.max(1, Math.ceil(problem.retryAfterSeconds / 60)) };
}
