import { describe, expect, it } from 'vitest';
import { proposalActions, proposalGroup } from '../proposal-actions';

describe('proposal actions', () => {
  it('lets the employer answer a coordinator’s proposal and withdraw an own request', () => {
    expect(proposalActions({ status: 'AWAITING_EMPLOYER', initiatedBy: 'COORDINATOR' })).toEqual({
      answer: true,
      withdraw: false,
      outcomes: [],
    });
    expect(proposalActions({ status: 'AWAITING_COORDINATOR', initiatedBy: 'EMPLOYER' }).withdraw).toBe(true);
  });

  it('offers the outcomes that follow: trial or hire after acceptance, hire or end after a trial', () => {
    expect(proposalActions({ status: 'ACCEPTED', initiatedBy: 'EMPLOYER' }).outcomes).toEqual([
      'TRIAL',
      'HIRED',
      'ENDED',
    ]);
    expect(proposalActions({ status: 'TRIAL', initiatedBy: 'EMPLOYER' }).outcomes).toEqual(['HIRED', 'ENDED']);
    expect(proposalActions({ status: 'HIRED', initiatedBy: 'EMPLOYER' }).outcomes).toEqual([]);
  });

  it('lets the coordinator answer an employer’s request and withdraw an own proposal', () => {
    expect(proposalActions({ status: 'AWAITING_COORDINATOR', initiatedBy: 'EMPLOYER' }, 'COORDINATOR')).toEqual({
      answer: true,
      withdraw: false,
      outcomes: [],
    });
    expect(proposalActions({ status: 'AWAITING_EMPLOYER', initiatedBy: 'COORDINATOR' }, 'COORDINATOR')).toEqual({
      answer: false,
      withdraw: true,
      outcomes: [],
    });
    expect(proposalGroup({ status: 'AWAITING_COORDINATOR', initiatedBy: 'EMPLOYER' }, 'COORDINATOR')).toBe('toAnswer');
    expect(proposalGroup({ status: 'AWAITING_EMPLOYER', initiatedBy: 'COORDINATOR' }, 'COORDINATOR')).toBe('mine');
  });

  it('puts each proposal in its list', () => {
    expect(proposalGroup({ status: 'AWAITING_EMPLOYER', initiatedBy: 'COORDINATOR' })).toBe('toAnswer');
    expect(proposalGroup({ status: 'TRIAL', initiatedBy: 'EMPLOYER' })).toBe('going');
    expect(proposalGroup({ status: 'DECLINED', initiatedBy: 'EMPLOYER' })).toBe('done');
  });
});
