import { describe, expect, it } from 'vitest';
import { clientRow } from '../client-row';

describe('clientRow', () => {
  it('shows the most recently changed profile and the newest activity', () => {
    expect(
      clientRow({
        consent: { shareWithEmployers: true, changedAt: '2026-11-02T10:00:00.000Z' },
        profiles: [
          { status: 'DRAFT', updatedAt: '2026-11-01T10:00:00.000Z' },
          { status: 'ACTIVE', updatedAt: '2026-11-03T10:00:00.000Z' },
        ],
      }),
    ).toEqual({ profileStatus: 'ACTIVE', latestActivity: '2026-11-03T10:00:00.000Z', sharing: true });
  });

  it('has no status and no activity for a new client', () => {
    expect(clientRow({ consent: { shareWithEmployers: false, changedAt: null }, profiles: [] })).toEqual({
      profileStatus: null,
      latestActivity: null,
      sharing: false,
    });
  });
});
