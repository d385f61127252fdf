import { identifyingContent, type IdentifyingKind } from '../../../../src/profiles/summary-privacy';

/** The client's identity as the coordinator's page has it: what the summary must not contain. */
export interface ClientIdentity {
  displayName: string;
  contactEmail?: string | null;
}

/**
 * What the API's privacy check would refuse in a summary, found while the coordinator types: the same check
 * (src/profiles/summary-privacy.ts), so the warnings before saving are exactly the API's. One kind each.
 */
export function summaryWarnings(summary: string, identity: ClientIdentity | null): IdentifyingKind[] {
  if (summary.trim() === '') return [];
  const known = identity && { displayName: identity.displayName, contactEmail: identity.contactEmail ?? null };
  return identifyingContent(summary, known).map((finding) => finding.kind);
}
