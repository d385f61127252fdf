export { CATALOGS, EMPLOYER_CATALOGS } from './catalogs';
export type { Catalog } from './catalogs';
export { REASON_CODES, reason } from './reason';
export type { Reason, ReasonCode, ReasonParams } from './reason';
export { formatNumber, midSentence, renderReason } from './render';
export type { LabelLookup, ReasonAudience } from './render';
