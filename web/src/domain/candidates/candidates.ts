import type { CandidateMatchFragment, MatchBlocker, ProposalStatus } from '../../generated/graphql';


/** Near misses: not feasible, kept out by exactly one thing, best score parts first. */
export function nearMisses(matches: readonly CandidateMatchFragment[]): (CandidateMatchFragment & {
  blocker: MatchBlocker;
})[] {
  return matches
    .filter((m) => !m.feasible && m.blockers.length === 1)
    .map((m) => ({ ...m, blocker: m.blockers[0] }))
    .sort((a, b) => partsTotal(b) - partsTotal(a));
}

function partsTotal(match: CandidateMatchFragment): number {
  const b = match.breakdown;
  return b.tasks + b.hours + b.location + b.accommodations;
}

export const SCORE_PARTS = ['tasks', 'hours', 'location', 'accommodations'] as const;

interface ProposalState {
  id: string;
  status: ProposalStatus;
  createdAt: string;
  candidate: { id: string };
}

/** The newest request or proposal for each candidate of the job. */
export function proposalByCandidate(proposals: readonly ProposalState[]): Map<string, ProposalState> {
  const byCandidate = new Map<string, ProposalState>();
  for (const p of [...proposals].sort((a, b) => b.createdAt.localeCompare(a.createdAt)))
    if (!byCandidate.has(p.candidate.id)) byCandidate.set(p.candidate.id, p);
  return byCandidate;
}

/** Whether the employer may ask for an introduction now: none pending or going on. */
export function canRequest(status: ProposalStatus | undefined): boolean {
  return status === undefined || status === 'DECLINED' || status === 'WITHDRAWN' || status === 'ENDED';
}
