/**
 * What a person typed into a form and has not saved yet, kept in this tab's memory only (never written to the
 * device: a page load forgets it), so that a session that ends mid-form loses nothing: after the same person signs
 * in again the form takes its content back. Signing out forgets everything kept, and a different person signing
 * in on the tab never gets another's typing.
 */
interface Kept {
  userId: string;
  value: unknown;
}

const kept = new Map<string, Kept>();

/** Keeps (or replaces) the typing of the form `key` for the signed-in user. */
export function keepTyping(key: string, userId: string, value: unknown): void {
  kept.set(key, { userId, value });
}

/** The typing kept for this form and user, or null (another user's is never returned). */
export function keptTyping<T>(key: string, userId: string): T | null {
  const entry = kept.get(key);
  return entry && entry.userId === userId ? (entry.value as T) : null;
}

/** Forgets this form's typing (saved, or thrown away on purpose). */
export function forgetTyping(key: string): void {
  kept.delete(key);
}

/** Forgets every form's typing, or every one not of `userId` (someone else signed in on this tab). */
export function forgetAllTyping(exceptUserId?: string): void {
  for (const [key, entry] of kept) if (entry.userId !== exceptUserId) kept.delete(key);
}
