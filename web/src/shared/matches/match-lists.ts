import type { MatchBlocker } from '../../generated/graphql';

/** The four parts of a score, in the order pages show them. */
export const SCORE_PARTS = ['tasks', 'hours', 'location', 'accommodations'] as const;

export type ScoreBreakdown = Record<(typeof SCORE_PARTS)[number], number>;

interface Scored {
  feasible: boolean;
  blockers: readonly MatchBlocker[];
  breakdown: ScoreBreakdown;
}

/** Near misses: not feasible, kept out by exactly one thing, best score parts first (for jobs and profiles alike). */
export function nearMisses<T extends Scored>(matches: readonly T[]): (T & { blocker: MatchBlocker })[] {
  return matches
    .filter((m) => !m.feasible && m.blockers.length === 1)
    .map((m) => ({ ...m, blocker: m.blockers[0] }))
    .sort((a, b) => partsTotal(b) - partsTotal(a));
}

function partsTotal(match: Scored): number {
  const b = match.breakdown;
  return b.tasks + b.hours + b.location + b.accommodations;
}
