import { describe, expect, it } from 'vitest';
import { allowedMoves, editable } from '../profile-status';

describe('the profile status moves the page offers', () => {
  it('are the API’s moves: a draft can be activated or archived', () => {
    expect(allowedMoves('DRAFT')).toEqual(['ACTIVE', 'ARCHIVED']);
  });

  it('let an active profile pause, be placed or archived, and never go back to a draft', () => {
    expect(allowedMoves('ACTIVE')).toEqual(['PAUSED', 'PLACED', 'ARCHIVED']);
    expect(allowedMoves('PAUSED')).toEqual(['ACTIVE', 'PLACED', 'ARCHIVED']);
    expect(allowedMoves('PLACED')).toEqual(['ACTIVE', 'ARCHIVED']);
    for (const status of ['ACTIVE', 'PAUSED', 'PLACED', 'ARCHIVED'] as const)
      expect(allowedMoves(status)).not.toContain('DRAFT');
  });

  it('offer nothing for an archived profile, which cannot be edited either', () => {
    expect(allowedMoves('ARCHIVED')).toEqual([]);
    expect(editable('ARCHIVED')).toBe(false);
    expect(editable('PLACED')).toBe(true);
    expect(editable(null)).toBe(true);
  });

  it('never offer the status the profile already has', () => {
    for (const status of ['DRAFT', 'ACTIVE', 'PAUSED', 'PLACED', 'ARCHIVED'] as const)
      expect(allowedMoves(status)).not.toContain(status);
  });
});
