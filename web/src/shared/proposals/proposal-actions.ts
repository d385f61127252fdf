import type { DeclineReason, PlacementOutcome, ProposalStatus, Role } from '../../generated/graphql';

/** The two parties of a proposal: the job's employer and the candidate's coordinator. */
export type ProposalSide = 'EMPLOYER' | 'COORDINATOR';

/** What one party can do with a proposal now, as the API allows it. */
export interface ProposalActions {
  answer: boolean;
  withdraw: boolean;
  outcomes: PlacementOutcome[];
}

const AWAITING: Record<ProposalSide, ProposalStatus> = {
  EMPLOYER: 'AWAITING_EMPLOYER',
  COORDINATOR: 'AWAITING_COORDINATOR',
};
const OTHER: Record<ProposalSide, ProposalSide> = { EMPLOYER: 'COORDINATOR', COORDINATOR: 'EMPLOYER' };

/** The side answers what waits for it, withdraws its own proposal or request while the other side has not answered. */
export function proposalActions(
  proposal: { status: ProposalStatus; initiatedBy: Role },
  side: ProposalSide = 'EMPLOYER',
): ProposalActions {
  return {
    answer: proposal.status === AWAITING[side],
    withdraw: proposal.status === AWAITING[OTHER[side]] && proposal.initiatedBy === side,
    outcomes:
      proposal.status === 'ACCEPTED'
        ? ['TRIAL', 'HIRED', 'ENDED']
        : proposal.status === 'TRIAL'
          ? ['HIRED', 'ENDED']
          : [],
  };
}

export type ProposalGroup = 'toAnswer' | 'mine' | 'going' | 'done';

/** Which list a proposal belongs in: to answer, own ones waiting for the other side, under way, or done. */
export function proposalGroup(
  proposal: { status: ProposalStatus; initiatedBy: Role },
  side: ProposalSide = 'EMPLOYER',
): ProposalGroup {
  switch (proposal.status) {
    case AWAITING[side]:
      return 'toAnswer';
    case AWAITING[OTHER[side]]:
      return 'mine';
    case 'ACCEPTED':
    case 'TRIAL':
      return 'going';
    default:
      return 'done';
  }
}

export const GROUP_ORDER: readonly ProposalGroup[] = ['toAnswer', 'going', 'mine', 'done'];

/** The reasons a party may give for declining, in the order the pages list them. */
export const DECLINE_REASONS: readonly DeclineReason[] = [
  'TASKS_NOT_SUITABLE',
  'HOURS_NOT_SUITABLE',
  'ACCOMMODATION_NOT_POSSIBLE',
  'POSITION_FILLED',
  'CANDIDATE_NOT_INTERESTED',
  'OTHER',
];
