import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Reason } from '../reasons/reason';
import { MAX_REASONS } from './explain';
import { pairArb, testGeo } from './testing/arbitraries';
import {
  CLEANING,
  DISHWASHING,
  exampleJob,
  exampleProfile,
  explainSpecs,
  FINE_HAND_USE,
  FLEX_START,
  HELSINKI,
  INSTRUCTOR,
  LIFTING,
  QUIET_SPACE,
  STANDING,
  TAMPERE,
  WRITTEN_INSTRUCTIONS,
} from './testing/examples';

/** The reason that each blocker puts first among the reasons. */
const BLOCKER_REASONS: Record<string, Reason['code'][]> = {
  REQUIRED_ACCOMMODATION_MISSING: ['REQUIRED_ACCOMMODATION_MISSING', 'REQUIRED_ACCOMMODATIONS_MISSING'],
  ESSENTIAL_TASK_CONFLICT: ['ESSENTIAL_TASK_CONFLICT', 'ESSENTIAL_TASK_CONFLICTS'],
  NO_SUITABLE_TASK: ['NO_SUITABLE_TASK'],
  HOURS_TOO_FEW: ['HOURS_TOO_FEW'],
  HOURS_TOO_MANY: ['HOURS_TOO_MANY'],
  NO_SCHEDULE_OVERLAP: ['SCHEDULE_OVERLAP_TOO_SMALL'],
  TOO_FAR: ['TOO_FAR', 'REMOTE_ONLY'],
  EARNINGS_OVER_LIMIT: ['EARNINGS_OVER_LIMIT'],
};

describe('reasons', () => {
  it('explain a good match: tasks, accommodations, experience, time and place', () => {
    const e = explainSpecs(exampleJob(), exampleProfile());
    expect(e.reasons).toEqual([
      { code: 'ALL_TASKS_SUITABLE', params: {} },
      { code: 'REQUIRED_ACCOMMODATION_OFFERED', params: { accommodation: QUIET_SPACE } },
      { code: 'TASK_EXPERIENCED', params: { task: 0, taskType: DISHWASHING } },
      { code: 'SCHEDULE_OVERLAP', params: { hours: 20 } },
      { code: 'HOURS_RANGE', params: { min: 10, max: 16 } },
      { code: 'SAME_MUNICIPALITY', params: {} },
      { code: 'PREFERRED_ACCOMMODATION_OFFERED', params: { accommodation: WRITTEN_INSTRUCTIONS } },
    ]);
  });

  it('name each carved-out task with the demand furthest above the limit', () => {
    const job = exampleJob({
      tasks: [
        exampleJob().tasks[0],
        {
          taskType: CLEANING,
          modifiable: true,
          hoursShare: null,
          demands: [
            { demand: FINE_HAND_USE, level: 2 },
            { demand: LIFTING, level: 4 },
          ],
        },
      ],
    });
    const profile = exampleProfile({
      restrictions: [
        { demand: FINE_HAND_USE, maxLevel: 1 },
        { demand: LIFTING, maxLevel: 1 },
      ],
    });
    const e = explainSpecs(job, profile);
    expect(e.feasible).toBe(true);
    expect(e.reasons[0]).toEqual({ code: 'TASK_CARVED_OUT', params: { task: 1, taskType: CLEANING, demand: LIFTING } });
    expect(e.reasons.map((r) => r.code)).not.toContain('ALL_TASKS_SUITABLE');
  });

  it('put blockers first, with the numbers behind them', () => {
    const e = explainSpecs(
      exampleJob({ offered: [] }),
      exampleProfile({
        restrictions: [{ demand: STANDING, maxLevel: 1 }],
        hoursMax: 9,
        municipality: TAMPERE,
        maxCommuteKm: 50.5,
      }),
    );
    expect(e.reasons.slice(0, 4)).toEqual([
      { code: 'REQUIRED_ACCOMMODATION_MISSING', params: { accommodation: QUIET_SPACE } },
      { code: 'ESSENTIAL_TASK_CONFLICT', params: { task: 0, taskType: DISHWASHING, demand: STANDING } },
      { code: 'HOURS_TOO_FEW', params: { jobMin: 10, profileMax: 9 } },
      { code: 'TOO_FAR', params: { km: Math.round(testGeo.km(HELSINKI, TAMPERE)), maxKm: 50.5 } },
    ]);
    const justOver = Math.floor(testGeo.km(HELSINKI, TAMPERE));
    const close = explainSpecs(exampleJob(), exampleProfile({ municipality: TAMPERE, maxCommuteKm: justOver }));
    const shown = close.reasons.find((r) => r.code === 'TOO_FAR')?.params;
    expect(shown).toEqual({ km: expect.any(Number), maxKm: justOver });
    expect((shown as { km: number }).km).toBeGreaterThan(justOver);
  });

  it('summarise many preferred accommodations', () => {
    const e = explainSpecs(
      exampleJob({ offered: [QUIET_SPACE, FLEX_START, INSTRUCTOR] }),
      exampleProfile({ preferred: [FLEX_START, INSTRUCTOR, WRITTEN_INSTRUCTIONS] }),
    );
    expect(e.reasons).toContainEqual({ code: 'PREFERRED_ACCOMMODATIONS', params: { offered: 2, total: 3 } });
  });

  it('name the remote options', () => {
    const remote = explainSpecs(exampleJob({ remotePossible: true }), exampleProfile({ remoteOnly: true }));
    expect(remote.reasons).toContainEqual({ code: 'REMOTE_POSSIBLE', params: {} });
    const blocked = explainSpecs(exampleJob(), exampleProfile({ remoteOnly: true }));
    expect(blocked.reasons[0]).toEqual({ code: 'REMOTE_ONLY', params: {} });
  });

  it(`are at most ${MAX_REASONS}, start with the first blocker's reason, and hold only finite numbers`, () => {
    fc.assert(
      fc.property(pairArb, ({ job, profile }) => {
        const e = explainSpecs(job, profile);
        expect(e.reasons.length).toBeGreaterThan(0);
        expect(e.reasons.length).toBeLessThanOrEqual(MAX_REASONS);
        if (!e.feasible) expect(BLOCKER_REASONS[e.blockers[0]]).toContain(e.reasons[0].code);
        for (const r of e.reasons) {
          for (const v of Object.values(r.params)) expect(Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
