import type { NeedsAttentionQuery } from '../../generated/graphql';

type Lists = NeedsAttentionQuery['needsAttention'];

/** What needs the coordinator, most urgent kind first (see URGENCY). */
export type AttentionKind =
  'employerRequest' | 'clientInterested' | 'waitingForEmployer' | 'quietProfile' | 'clientDeclined';

/**
 * The order of urgency: an employer waiting for the coordinator's answer first (someone wants to meet the client
 * now), then a client who said yes to a job (the next step is the coordinator's), then proposals an employer has
 * left unanswered for over a week (a reminder is due), then profiles with no introduction in 30 days (the
 * rapid-search rule), and last a client's "not for me" (to read, nothing waits on it). Within a kind, what has
 * waited longest comes first.
 */
export const URGENCY: readonly AttentionKind[] = [
  'employerRequest',
  'clientInterested',
  'waitingForEmployer',
  'quietProfile',
  'clientDeclined',
];

export interface AttentionItem {
  kind: AttentionKind;
  key: string;
  /** Since when it waits (ISO). */
  since: string;
  profile: Lists['quietProfiles'][number]['profile'];
  job?: { id: string; title: string; organisation?: { name: string } };
  /** The proposal to act on, or the offer answered. */
  proposalId?: string;
  comment?: string | null;
  message?: string | null;
}

/** Every item of the four lists in one list, most urgent first. */
export function attentionItems(lists: Lists): AttentionItem[] {
  const items: AttentionItem[] = [
    ...lists.employerRequests.map((r) => ({
      kind: 'employerRequest' as const,
      key: `request-${r.proposal.id}`,
      since: r.waitingSince,
      profile: r.profile,
      job: r.proposal.job,
      proposalId: r.proposal.id,
      message: r.proposal.message,
    })),
    ...lists.clientAnswers.map((a) => ({
      kind: a.offer.status === 'INTERESTED' ? ('clientInterested' as const) : ('clientDeclined' as const),
      key: `answer-${a.offer.id}`,
      since: a.offer.respondedAt ?? '',
      profile: a.profile,
      job: a.offer.job,
      comment: a.offer.clientComment,
    })),
    ...lists.waitingForEmployer.map((w) => ({
      kind: 'waitingForEmployer' as const,
      key: `waiting-${w.proposal.id}`,
      since: w.waitingSince,
      profile: w.profile,
      job: w.proposal.job,
      proposalId: w.proposal.id,
    })),
    ...lists.quietProfiles.map((q) => ({
      kind: 'quietProfile' as const,
      key: `quiet-${q.profile.id}`,
      since: q.activeSince,
      profile: q.profile,
    })),
  ];
  return orderByUrgency(items);
}

/** Most urgent kind first; within a kind the longest wait first, then by key so that the order is stable. */
export function orderByUrgency<T extends { kind: AttentionKind; since: string; key: string }>(
  items: readonly T[],
): T[] {
  return [...items].sort(
    (a, b) =>
      URGENCY.indexOf(a.kind) - URGENCY.indexOf(b.kind) ||
      Date.parse(a.since) - Date.parse(b.since) ||
      a.key.localeCompare(b.key),
  );
}

/** Whole days from `since` to `now` (0 on the same day's first 24 hours). */
export function daysSince(since: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / 86_400_000));
}
