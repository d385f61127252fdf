/**
 * The props that put a field's problem on an HDS input: drawn as invalid, the message as its errorText (which HDS
 * ties to the input's description), and aria-invalid for screen readers. No message, no problem.
 */
export function fieldProblem(message: string | null | undefined): {
  invalid: boolean;
  errorText: string | undefined;
  'aria-invalid': true | undefined;
} {
  return { invalid: Boolean(message), errorText: message ?? undefined, 'aria-invalid': message ? true : undefined };
}
