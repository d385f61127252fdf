import { describe, expect, it } from 'vitest';
import { canOffer, newestByJob, proposeBlock } from '../profile-work';

describe("a profile's work with its matches", () => {
  it('takes the newest offer or proposal of each job', () => {
    const byJob = newestByJob([
      { id: 'o1', createdAt: '2026-11-01T10:00:00Z', job: { id: 'j1' } },
      { id: 'o2', createdAt: '2026-11-03T10:00:00Z', job: { id: 'j1' } },
      { id: 'o3', createdAt: '2026-11-02T10:00:00Z', job: { id: 'j2' } },
    ]);
    expect(byJob.get('j1')?.id).toBe('o2');
    expect(byJob.get('j2')?.id).toBe('o3');
    expect(byJob.size).toBe(2);
  });

  it('offers a published job once while an offer of it is open', () => {
    expect(canOffer(undefined, 'PUBLISHED')).toBe(true);
    expect(canOffer({ status: 'WITHDRAWN' }, 'PUBLISHED')).toBe(true);
    expect(canOffer({ status: 'OFFERED' }, 'PUBLISHED')).toBe(false);
    expect(canOffer({ status: 'NOT_INTERESTED' }, 'PUBLISHED')).toBe(false);
    expect(canOffer(undefined, 'FILLED')).toBe(false);
  });

  it('says why a candidate cannot be proposed, an open proposal first', () => {
    const ready = { consent: true, profileStatus: 'ACTIVE', jobStatus: 'PUBLISHED' } as const;
    expect(proposeBlock(ready)).toBeNull();
    expect(proposeBlock({ ...ready, proposal: { status: 'DECLINED' } })).toBeNull();
    expect(proposeBlock({ ...ready, consent: false, proposal: { status: 'AWAITING_EMPLOYER' } })).toBe('OPEN');
    expect(proposeBlock({ ...ready, consent: false })).toBe('NO_CONSENT');
    expect(proposeBlock({ ...ready, profileStatus: 'PAUSED' })).toBe('PROFILE_NOT_ACTIVE');
    expect(proposeBlock({ ...ready, jobStatus: 'CLOSED' })).toBe('JOB_NOT_PUBLISHED');
  });
});
