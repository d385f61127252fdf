import type { ProposalStatus } from '../../generated/graphql';

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
