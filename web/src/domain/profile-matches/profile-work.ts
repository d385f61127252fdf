import type { JobStatus, OfferStatus, ProfileStatus, ProposalStatus } from '../../generated/graphql';

interface ByJob {
  createdAt: string;
  job: { id: string };
}

/** The newest of the items (offers or proposals) for each job, by job id. */
export function newestByJob<T extends ByJob>(items: readonly T[]): Map<string, T> {
  const byJob = new Map<string, T>();
  for (const item of [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt)))
    if (!byJob.has(item.job.id)) byJob.set(item.job.id, item);
  return byJob;
}

/** A job can be offered when it is PUBLISHED and the newest offer of it, if any, was withdrawn (none is open). */
export function canOffer(offer: { status: OfferStatus } | undefined, jobStatus: JobStatus): boolean {
  return jobStatus === 'PUBLISHED' && (offer === undefined || offer.status === 'WITHDRAWN');
}

/** Proposals that are over: a new one for the same job may be made. */
const CLOSED: readonly ProposalStatus[] = ['DECLINED', 'WITHDRAWN', 'ENDED'];

export type ProposeBlock = 'NO_CONSENT' | 'PROFILE_NOT_ACTIVE' | 'JOB_NOT_PUBLISHED' | 'OPEN';

/**
 * Whether the candidate can be proposed for the job now, as the API would decide (null), or the first reason why
 * not: the client's consent, an ACTIVE profile, a PUBLISHED job, and no proposal of the pair under way.
 */
export function proposeBlock(state: {
  consent: boolean;
  profileStatus: ProfileStatus;
  jobStatus: JobStatus;
  proposal?: { status: ProposalStatus };
}): ProposeBlock | null {
  if (state.proposal && !CLOSED.includes(state.proposal.status)) return 'OPEN';
  if (!state.consent) return 'NO_CONSENT';
  if (state.profileStatus !== 'ACTIVE') return 'PROFILE_NOT_ACTIVE';
  if (state.jobStatus !== 'PUBLISHED') return 'JOB_NOT_PUBLISHED';
  return null;
}
