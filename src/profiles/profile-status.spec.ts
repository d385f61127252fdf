import { describe, expect, it } from '@jest/globals';
import { ProfileStatus } from './profile.enums';
import { PROFILE_TRANSITIONS, transitionRefusal } from './profile-status';

const { DRAFT, ACTIVE, PAUSED, PLACED, ARCHIVED } = ProfileStatus;
const ALL = [DRAFT, ACTIVE, PAUSED, PLACED, ARCHIVED];

describe('profile status moves', () => {
  it('allow exactly the moves of the life cycle', () => {
    const allowed = ALL.flatMap((from) =>
      ALL.filter((to) => transitionRefusal(from, to) === null).map((to) => `${from}>${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'DRAFT>ACTIVE',
        'DRAFT>ARCHIVED',
        'ACTIVE>PAUSED',
        'ACTIVE>PLACED',
        'ACTIVE>ARCHIVED',
        'PAUSED>ACTIVE',
        'PAUSED>PLACED',
        'PAUSED>ARCHIVED',
        'PLACED>ACTIVE',
        'PLACED>ARCHIVED',
      ].sort(),
    );
    expect(PROFILE_TRANSITIONS[ARCHIVED]).toEqual([]);
  });

  it('say why a move is refused', () => {
    expect(transitionRefusal(ACTIVE, ACTIVE)).toBe('The profile is already ACTIVE.');
    expect(transitionRefusal(DRAFT, PAUSED)).toBe(
      'A DRAFT profile cannot become PAUSED: it can become ACTIVE or ARCHIVED.',
    );
    expect(transitionRefusal(ARCHIVED, ACTIVE)).toBe('The profile is ARCHIVED: an archived profile cannot change.');
  });
});
