import { describe, expect, it } from 'vitest';
import type { NeedsAttentionQuery } from '../../../generated/graphql';
import { attentionItems, daysSince, orderByUrgency } from '../attention';

type Lists = NeedsAttentionQuery['needsAttention'];
const profile = (id: string) =>
  ({
    __typename: 'CapacityProfile',
    id,
    pseudonym: id,
    client: { id: `c-${id}`, displayName: id },
  }) as Lists['quietProfiles'][number]['profile'];
const job = (id: string) => ({ id, title: id, organisation: { id: 'o', name: 'Org' } });

describe('needs attention', () => {
  const lists = {
    lastVisitAt: null,
    employerWaitDays: 7,
    quietDays: 30,
    employerRequests: [
      {
        waitingSince: '2026-11-30T10:00:00Z',
        proposal: { id: 'r2', message: null, job: job('j') },
        profile: profile('p1'),
      },
      {
        waitingSince: '2026-11-28T10:00:00Z',
        proposal: { id: 'r1', message: 'Hei', job: job('j') },
        profile: profile('p2'),
      },
    ],
    clientAnswers: [
      {
        offer: {
          id: 'o1',
          status: 'NOT_INTERESTED',
          clientComment: null,
          respondedAt: '2026-11-01T10:00:00Z',
          job: job('j'),
        },
        profile: profile('p3'),
      },
      {
        offer: {
          id: 'o2',
          status: 'INTERESTED',
          clientComment: 'Kyllä',
          respondedAt: '2026-12-01T09:00:00Z',
          job: job('j'),
        },
        profile: profile('p4'),
      },
    ],
    waitingForEmployer: [
      { waitingSince: '2026-11-20T10:00:00Z', proposal: { id: 'w1', job: job('j') }, profile: profile('p5') },
    ],
    quietProfiles: [{ activeSince: '2026-10-01T10:00:00Z', profile: profile('p6') }],
  } as unknown as Lists;

  it('puts employer requests first, then yes answers, reminders due, quiet profiles and no answers', () => {
    expect(attentionItems(lists).map((item) => [item.kind, item.key])).toEqual([
      ['employerRequest', 'request-r1'],
      ['employerRequest', 'request-r2'],
      ['clientInterested', 'answer-o2'],
      ['waitingForEmployer', 'waiting-w1'],
      ['quietProfile', 'quiet-p6'],
      ['clientDeclined', 'answer-o1'],
    ]);
  });

  it('orders the longest wait first within a kind, and ties by key', () => {
    const ordered = orderByUrgency([
      { kind: 'quietProfile', since: '2026-11-02T00:00:00Z', key: 'b' },
      { kind: 'quietProfile', since: '2026-11-01T00:00:00Z', key: 'c' },
      { kind: 'quietProfile', since: '2026-11-02T00:00:00Z', key: 'a' },
    ] as const);
    expect(ordered.map((item) => item.key)).toEqual(['c', 'a', 'b']);
  });

  it('counts whole days waited', () => {
    const now = new Date('2026-12-02T12:00:00Z');
    expect(daysSince('2026-12-02T01:00:00Z', now)).toBe(0);
    expect(daysSince('2026-11-24T11:00:00Z', now)).toBe(8);
    expect(daysSince('2026-12-03T00:00:00Z', now)).toBe(0);
  });
});
