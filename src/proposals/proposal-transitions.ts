import { Role } from '../common/enums';
import { JobStatus } from '../jobs/job-status';
import { ProfileStatus } from '../profiles/profile.enums';
import { PlacementOutcome, ProposalStatus } from './proposal-status';

/** What a party does to a proposal. */
export enum ProposalAction {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  WITHDRAW = 'WITHDRAW',
  TRIAL = 'TRIAL',
  HIRE = 'HIRE',
  END = 'END',
}

const S = ProposalStatus;
const A = ProposalAction;

/**
 * The state machine of a proposal: for each status, the actions allowed and where they lead. A proposal waits for
 * one side (AWAITING_*), which accepts or declines; either party may withdraw it until it is ACCEPTED and beyond;
 * from ACCEPTED the parties record a trial, a hire or the end, and from TRIAL a hire or the end. HIRED, DECLINED,
 * WITHDRAWN and ENDED are final.
 */
export const PROPOSAL_TRANSITIONS: Readonly<
  Record<ProposalStatus, Readonly<Partial<Record<ProposalAction, ProposalStatus>>>>
> = {
  [S.AWAITING_EMPLOYER]: { [A.ACCEPT]: S.ACCEPTED, [A.DECLINE]: S.DECLINED, [A.WITHDRAW]: S.WITHDRAWN },
  [S.AWAITING_COORDINATOR]: { [A.ACCEPT]: S.ACCEPTED, [A.DECLINE]: S.DECLINED, [A.WITHDRAW]: S.WITHDRAWN },
  [S.ACCEPTED]: { [A.TRIAL]: S.TRIAL, [A.HIRE]: S.HIRED, [A.END]: S.ENDED, [A.WITHDRAW]: S.WITHDRAWN },
  [S.TRIAL]: { [A.HIRE]: S.HIRED, [A.END]: S.ENDED },
  [S.HIRED]: {},
  [S.DECLINED]: {},
  [S.WITHDRAWN]: {},
  [S.ENDED]: {},
};

/** Open proposals, as the unique index `proposal_open_key` counts them: at most one per (job, profile). */
export const OPEN_PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  S.AWAITING_EMPLOYER,
  S.AWAITING_COORDINATOR,
  S.ACCEPTED,
  S.TRIAL,
  S.HIRED,
];

/**
 * What a hire that fills a job's last position closes (DECLINED with POSITION_FILLED): every open proposal of the
 * job but the hires. Outside the table on purpose: it is the service's move, not a party's.
 */
export const CLOSED_WHEN_FILLED: readonly ProposalStatus[] = [
  S.AWAITING_EMPLOYER,
  S.AWAITING_COORDINATOR,
  S.ACCEPTED,
  S.TRIAL,
];

const DONE: Record<ProposalAction, string> = {
  [A.ACCEPT]: 'accepted',
  [A.DECLINE]: 'declined',
  [A.WITHDRAW]: 'withdrawn',
  [A.TRIAL]: 'moved to TRIAL',
  [A.HIRE]: 'marked HIRED',
  [A.END]: 'marked ENDED',
};

export const OUTCOME_ACTIONS: Readonly<Record<PlacementOutcome, ProposalAction>> = {
  [PlacementOutcome.TRIAL]: A.TRIAL,
  [PlacementOutcome.HIRED]: A.HIRE,
  [PlacementOutcome.ENDED]: A.END,
};

/** Where `action` takes a proposal in `from`, or null when it is not allowed. */
export function nextProposalStatus(from: ProposalStatus, action: ProposalAction): ProposalStatus | null {
  return PROPOSAL_TRANSITIONS[from][action] ?? null;
}

/** Why `action` is not allowed from `from` (a CONFLICT message), or null when it is. */
export function proposalTransitionRefusal(from: ProposalStatus, action: ProposalAction): string | null {
  if (nextProposalStatus(from, action)) return null;
  const sources = (Object.keys(PROPOSAL_TRANSITIONS) as ProposalStatus[]).filter(
    (status) => PROPOSAL_TRANSITIONS[status][action],
  );
  return `The proposal is ${from}: only a proposal that is ${sources.join(' or ')} can be ${DONE[action]}.`;
}

/** The side a proposal waits for, which alone may accept or decline it; null when it waits for no one. */
export function awaitedRole(status: ProposalStatus): Role.EMPLOYER | Role.COORDINATOR | null {
  if (status === S.AWAITING_EMPLOYER) return Role.EMPLOYER;
  if (status === S.AWAITING_COORDINATOR) return Role.COORDINATOR;
  return null;
}

/**
 * Why a proposal cannot be made, or accepted, now: each condition that fails, in one message (empty when none).
 * The client's consent and the job's status count for both; the profile's status only for a new proposal
 * (`profileStatus` given), since a proposal under way may outlive a pause.
 */
export function readinessProblems(state: {
  consent: boolean;
  jobStatus: JobStatus;
  profileStatus?: ProfileStatus;
}): string[] {
  const problems: string[] = [];
  if (!state.consent) problems.push('The client has not agreed to share the profile with employers.');
  if (state.profileStatus !== undefined && state.profileStatus !== ProfileStatus.ACTIVE) {
    problems.push(`The profile is ${state.profileStatus}, not ACTIVE.`);
  }
  if (state.jobStatus !== JobStatus.PUBLISHED) problems.push(`The job is ${state.jobStatus}, not PUBLISHED.`);
  return problems;
}
