import { describe, expect, it } from 'vitest';
import type { CandidateMatchFragment } from '../../../generated/graphql';
import { nearMisses } from '../../../shared/matches/match-lists';
import { canRequest, proposalByCandidate } from '../candidates';

function match(id: string, feasible: boolean, blockers: CandidateMatchFragment['blockers'], part = 50) {
  return {
    id,
    feasible,
    blockers,
    breakdown: { tasks: part, hours: part, location: part, accommodations: part },
  } as CandidateMatchFragment;
}

describe('candidates', () => {
  it('keeps as near misses those kept out by one thing only, the closest first', () => {
    const list = nearMisses([
      match('a', true, []),
      match('b', false, ['TOO_FAR'], 20),
      match('c', false, ['TOO_FAR', 'HOURS_TOO_FEW']),
      match('d', false, ['NO_SCHEDULE_OVERLAP'], 80),
    ]);
    expect(list.map((m) => [m.id, m.blocker])).toEqual([
      ['d', 'NO_SCHEDULE_OVERLAP'],
      ['b', 'TOO_FAR'],
    ]);
  });

  it('takes the newest request per candidate and allows a new one only when none is under way', () => {
    const byCandidate = proposalByCandidate([
      { id: 'p1', status: 'DECLINED', createdAt: '2026-12-01T10:00:00Z', candidate: { id: 'x' } },
      { id: 'p2', status: 'AWAITING_COORDINATOR', createdAt: '2026-12-01T11:00:00Z', candidate: { id: 'x' } },
    ]);
    expect(byCandidate.get('x')?.id).toBe('p2');
    expect(canRequest(undefined)).toBe(true);
    expect(canRequest('DECLINED')).toBe(true);
    expect(canRequest('AWAITING_COORDINATOR')).toBe(false);
    expect(canRequest('HIRED')).toBe(false);
  });
});
