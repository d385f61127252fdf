export * from './specs';
export { Geo, haversineKm, proximityOf, PROXIMITY_SCALE_KM } from './geo';
export { JobTable, ProfileTable } from './tables';
export { encodeJobFeatures, encodeProfileFeatures, FEATURE_FORMAT_VERSION } from './features';
export { scoreJobAgainstProfiles, scoreProfileAgainstJobs } from './batch';
export type { BatchResult, ScoreOptions } from './batch';
export { blockersOf, explainPair, MATCH_BLOCKERS, MAX_REASONS } from './explain';
export type { MatchBlocker, PairExplanation, ScoreBreakdown } from './explain';
export { TopK } from './heap';
