import type { PlacementOutcome, ProposalStatus, Role } from '../../generated/graphql';

/** What the employer can do with a proposal now, as the API allows it. */
export interface ProposalActions {
  answer: boolean;
  withdraw: boolean;
  outcomes: PlacementOutcome[];
}

export function proposalActions(proposal: { status: ProposalStatus; initiatedBy: Role }): ProposalActions {
  return {
    answer: proposal.status === 'AWAITING_EMPLOYER',
    withdraw: proposal.status === 'AWAITING_COORDINATOR' && proposal.initiatedBy === 'EMPLOYER',
    outcomes:
      proposal.status === 'ACCEPTED'
        ? ['TRIAL', 'HIRED', 'ENDED']
        : proposal.status === 'TRIAL'
          ? ['HIRED', 'ENDED']
          : [],
  };
}

export type ProposalGroup = 'toAnswer' | 'mine' | 'going' | 'done';

/** Which list a proposal belongs in: to answer, own requests waiting, under way (accepted, trial), or done. */
export function proposalGroup(proposal: { status: ProposalStatus; initiatedBy: Role }): ProposalGroup {
  switch (proposal.status) {
    case 'AWAITING_EMPLOYER':
      return 'toAnswer';
    case 'AWAITING_COORDINATOR':
      return 'mine';
    case 'ACCEPTED':
    case 'TRIAL':
      return 'going';
    default:
      return 'done';
  }
}

export const GROUP_ORDER: readonly ProposalGroup[] = ['toAnswer', 'going', 'mine', 'done'];
