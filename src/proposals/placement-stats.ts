/** The numbers placementStats reports, from the proposals created in a period. */
export interface PlacementStats {
  proposals: number;
  accepted: number;
  trials: number;
  hires: number;
  /** hires / proposals, 0 when there are no proposals */
  placementRate: number;
  /** median of (hired − created) in days over the hires; null when there are none */
  medianDaysToHire: number | null;
}

/** What the statistics are made of: counts, and the days from proposal to hire of each hire. */
export interface PlacementCounts {
  proposals: number;
  accepted: number;
  trials: number;
  hires: number;
  daysToHire: readonly number[];
}

/** The median of the values (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function placementStatsOf(counts: PlacementCounts): PlacementStats {
  return {
    proposals: counts.proposals,
    accepted: counts.accepted,
    trials: counts.trials,
    hires: counts.hires,
    placementRate: counts.proposals === 0 ? 0 : counts.hires / counts.proposals,
    medianDaysToHire: median(counts.daysToHire),
  };
}
