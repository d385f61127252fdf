import { describe, expect, it } from '@jest/globals';
import { Role } from '../common/enums';
import { JobStatus } from '../jobs/job-status';
import { ProfileStatus } from '../profiles/profile.enums';
import { ProposalStatus as S } from './proposal-status';
import {
  awaitedRole,
  CLOSED_WHEN_FILLED,
  nextProposalStatus,
  OPEN_PROPOSAL_STATUSES,
  ProposalAction as A,
  proposalTransitionRefusal,
  readinessProblems,
} from './proposal-transitions';

const statuses = Object.values(S);
const actions = Object.values(A);

/** Every allowed move, written out once more by hand: the table must say exactly this. */
const ALLOWED: [S, A, S][] = [
  [S.AWAITING_EMPLOYER, A.ACCEPT, S.ACCEPTED],
  [S.AWAITING_EMPLOYER, A.DECLINE, S.DECLINED],
  [S.AWAITING_EMPLOYER, A.WITHDRAW, S.WITHDRAWN],
  [S.AWAITING_COORDINATOR, A.ACCEPT, S.ACCEPTED],
  [S.AWAITING_COORDINATOR, A.DECLINE, S.DECLINED],
  [S.AWAITING_COORDINATOR, A.WITHDRAW, S.WITHDRAWN],
  [S.ACCEPTED, A.TRIAL, S.TRIAL],
  [S.ACCEPTED, A.HIRE, S.HIRED],
  [S.ACCEPTED, A.END, S.ENDED],
  [S.ACCEPTED, A.WITHDRAW, S.WITHDRAWN],
  [S.TRIAL, A.HIRE, S.HIRED],
  [S.TRIAL, A.END, S.ENDED],
];

describe('the proposal state machine', () => {
  it('allows exactly the contract’s moves', () => {
    for (const from of statuses) {
      for (const action of actions) {
        const expected = ALLOWED.find(([f, a]) => f === from && a === action)?.[2] ?? null;
        expect({ from, action, to: nextProposalStatus(from, action) }).toEqual({ from, action, to: expected });
      }
    }
  });

  it('gives a refusal for every move it does not allow, and none for those it does', () => {
    for (const from of statuses) {
      for (const action of actions) {
        const refusal = proposalTransitionRefusal(from, action);
        if (nextProposalStatus(from, action)) expect(refusal).toBeNull();
        else expect(refusal).toMatch(new RegExp(`^The proposal is ${from}: only a proposal that is `));
      }
    }
  });

  it('names where a move is allowed from', () => {
    expect(proposalTransitionRefusal(S.AWAITING_EMPLOYER, A.TRIAL)).toBe(
      'The proposal is AWAITING_EMPLOYER: only a proposal that is ACCEPTED can be moved to TRIAL.',
    );
    expect(proposalTransitionRefusal(S.WITHDRAWN, A.ACCEPT)).toBe(
      'The proposal is WITHDRAWN: only a proposal that is AWAITING_EMPLOYER or AWAITING_COORDINATOR can be accepted.',
    );
    expect(proposalTransitionRefusal(S.TRIAL, A.WITHDRAW)).toBe(
      'The proposal is TRIAL: only a proposal that is AWAITING_EMPLOYER or AWAITING_COORDINATOR or ACCEPTED can be withdrawn.',
    );
  });

  it('has final states with no way out', () => {
    for (const final of [S.HIRED, S.DECLINED, S.WITHDRAWN, S.ENDED]) {
      for (const action of actions) expect(nextProposalStatus(final, action)).toBeNull();
    }
  });

  it('never leads back to waiting for an answer', () => {
    for (const [, , to] of ALLOWED) expect(awaitedRole(to)).toBeNull();
  });

  it('waits for the employer or the coordinator, and for no one once answered', () => {
    expect(awaitedRole(S.AWAITING_EMPLOYER)).toBe(Role.EMPLOYER);
    expect(awaitedRole(S.AWAITING_COORDINATOR)).toBe(Role.COORDINATOR);
    for (const status of statuses.filter((s) => !s.startsWith('AWAITING'))) expect(awaitedRole(status)).toBeNull();
  });

  it('closes, when a job is filled, every open proposal but the hires', () => {
    expect([...CLOSED_WHEN_FILLED, S.HIRED].sort()).toEqual([...OPEN_PROPOSAL_STATUSES].sort());
  });
});

describe('readinessProblems', () => {
  const ready = { consent: true, jobStatus: JobStatus.PUBLISHED, profileStatus: ProfileStatus.ACTIVE };

  it('has nothing to say when the client consents, the profile is ACTIVE and the job PUBLISHED', () => {
    expect(readinessProblems(ready)).toEqual([]);
  });

  it('names each condition that fails, in order', () => {
    expect(readinessProblems({ ...ready, consent: false })).toEqual([
      'The client has not agreed to share the profile with employers.',
    ]);
    expect(
      readinessProblems({ consent: false, jobStatus: JobStatus.DRAFT, profileStatus: ProfileStatus.PAUSED }),
    ).toEqual([
      'The client has not agreed to share the profile with employers.',
      'The profile is PAUSED, not ACTIVE.',
      'The job is DRAFT, not PUBLISHED.',
    ]);
    expect(readinessProblems({ ...ready, jobStatus: JobStatus.FILLED })).toEqual(['The job is FILLED, not PUBLISHED.']);
  });

  it('ignores the profile’s status when none is given (an answer to a proposal under way)', () => {
    expect(readinessProblems({ consent: true, jobStatus: JobStatus.PUBLISHED })).toEqual([]);
  });
});
