import { useState } from 'react';
import type { TFunction } from 'i18next';
import type { ApiProblem } from '../errors/api-problem';
import { problemMessage } from '../errors/messages';

export interface EditorProblemsOptions {
  t: TFunction;
  /** The page's key prefix: a reason reads `${prefix}.reason.${name}.${reason}`, else `${prefix}.reason.${reason}`. */
  prefix: string;
  /** The form path of an API field (`input.tasks[0].title` → `tasks[0].title`). */
  pathOf: (apiField: string) => string;
  /** The name a path's reasons are looked up by (list indices dropped, and so on). */
  nameOf: (path: string) => string;
  /** The context of problemMessage for a refusal that names no field. */
  context?: string;
  /** The page's own words for a reason, tried first (the privacy check's kinds). */
  own?: (reason: string | undefined, kind: string | undefined) => string | undefined;
  /** What a page handed over by another says (a new job's editor to the job's own). */
  initial?: { errors?: Record<string, string>; failure?: string | null };
}

/**
 * An editor's problems: each at its field (from the page's checks or the API's reasons), a refusal that names no
 * field, and the stale-version conflict. The same words and the same order of lookup on every editor page.
 */
export function useEditorProblems({ t, prefix, pathOf, nameOf, context, own, initial }: EditorProblemsOptions) {
  const [errors, setErrors] = useState<Record<string, string>>(initial?.errors ?? {});
  const [failure, setFailure] = useState<string | null>(initial?.failure ?? null);
  const [stale, setStale] = useState(false);

  const messageFor = (path: string, reason?: string, kind?: string): string => {
    const mine = own?.(reason, kind);
    if (mine) return mine;
    const name = nameOf(path);
    return t(
      reason
        ? [
            `${prefix}.reason.${name}.${reason}`,
            `${prefix}.reason.${reason}`,
            `errors:field.${reason}`,
            'errors:field.INVALID',
          ]
        : 'errors:field.INVALID',
    );
  };

  /** The API's problems by form path, first message of each field. */
  const byField = (problem: ApiProblem): Record<string, string> => {
    const found: Record<string, string> = {};
    for (const field of problem.fields) {
      const path = pathOf(field.field);
      found[path] ??= messageFor(path, field.reason, field.kind);
    }
    return found;
  };

  /** Says what the API refused: the conflict, each field's problem at it, or the refusal in words. */
  const showProblem = (problem: ApiProblem): void => {
    if (problem.code === 'CONFLICT' && problem.reason === 'STALE_VERSION') {
      setStale(true);
      return;
    }
    setErrors(byField(problem));
    if (problem.fields.length === 0) setFailure(problemMessage(t, problem, context));
  };

  return { errors, setErrors, failure, setFailure, stale, setStale, messageFor, byField, showProblem };
}
