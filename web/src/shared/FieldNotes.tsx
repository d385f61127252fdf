import type { ReactNode } from 'react';

/**
 * The hint and the error of a group of fields (a fieldset), with the ids that its `aria-describedby` names:
 * `<id>-hint` and `<id>-error`. Each is rendered only when there is text.
 */
export function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: ReactNode }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

/** The `aria-describedby` of a group with FieldNotes, and any further ids; undefined when it names nothing. */
export function notesDescribedBy(
  id: string,
  { hint, error }: { hint?: unknown; error?: unknown },
  ...more: string[]
): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null, ...more].filter(Boolean).join(' ') || undefined;
}
