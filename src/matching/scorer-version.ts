/**
 * The version of the scorer: the kernel's score formula (src/matching/kernel: score.ts, batch.ts, explain.ts), the
 * pre-filter, the near-miss rule and the reasons a match row stores. Raise it in the release that changes any of
 * them, so that what is stored follows: every match row records the scorer version that computed it, and the
 * workers rescore every job and profile scored by an older version in the background, in bounded batches, oldest
 * first, while reads keep serving the older rows (docs/scaling.md, "Scorer versions").
 *
 * Never lower it: a row or an entity scored by a newer version is never overwritten by an older one, so a worker of
 * the previous release that still runs during a rolling deploy cannot undo the new release's work.
 */
export const SCORER_VERSION = 3;
// 2: the earnings guard (EARNINGS_OVER_LIMIT, hours capped by a profile's earnings limit at the job's wage).
// 3: HOURS_RANGE_AT_PAY, the capped range with both sides' range, so that employers read no limit-set figure.
