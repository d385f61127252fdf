import type { Weekday } from '../common/enums';
import { FieldProblems } from '../common/errors/domain-error';
import { checkWindows, sortWindows, weeklyHours } from '../common/schedule/time-window';
import { characters, hasAtMostDecimals } from '../common/validation/text';
import type {
  OrdinalLookup,
  ProfileRecord,
  StoredAbility,
  StoredNeed,
  StoredRestriction,
  StoredWindow,
} from '../matching/encoding';
import type { Necessity } from './profile.enums';
import { identifyingContent, type KnownIdentity } from './summary-privacy';
import { EarningsLimitBasis } from '../benefits/benefit-rule.kind';
import { missingForActivation } from './profile-completeness';

/** Bounds of a profile's input (the taxonomies have 30 demands and 27 accommodations). */
export const PROFILE_LIMITS = {
  summaryMax: 2000,
  abilitiesMax: 64,
  experienceMax: 2,
  restrictionsMax: 30,
  levelMax: 4,
  accommodationNeedsMax: 27,
  hoursPerWeekMax: 40,
  availabilityMax: 21,
  maxCommuteKmMax: 500,
  languagesMax: 10,
  /** euros a month, for a fixed limit and for pre-pension earnings */
  earningsEurMax: 100_000,
} as const;

/** A profile's input as the API receives it (ProfileInput); GraphQL has already checked the types. */
export interface ProfileInputShape {
  summary: string;
  abilities: readonly { taskTypeCode: string; experience: number }[];
  restrictions: readonly { demandCode: string; maxLevel: number }[];
  accommodationNeeds: readonly { accommodationCode: string; necessity: Necessity }[];
  /** absent or null: not known yet (a DRAFT may leave it empty) */
  hoursPerWeekMin?: number | null;
  hoursPerWeekMax?: number | null;
  availability: readonly { day: Weekday; start: string; end: string }[];
  municipalityCode?: string | null;
  maxCommuteKm?: number | null;
  remoteOnly?: boolean | null;
  languages?: readonly string[] | null;
  /** absent: unchanged (NONE for a new profile); null: NONE */
  earningsLimit?: EarningsLimitShape | null;
  reducedWorkCapacity?: boolean | null;
}

export interface EarningsLimitShape {
  basis: EarningsLimitBasis;
  monthlyLimitEur?: number | null;
  prePensionMonthlyEur?: number | null;
  sharePercent?: number | null;
}

/** A profile's earnings limit and reduced work capacity as stored; undefined where the input left them out. */
export interface CheckedEarnings {
  earningsBasis?: EarningsLimitBasis;
  earningsFixedEur?: number | null;
  earningsPrePensionEur?: number | null;
  earningsSharePercent?: number | null;
  reducedWorkCapacity?: boolean;
}

/**
 * A profile's input once checked, in its stored form: defaults applied, lists in a canonical order. Hours and
 * municipality are null where a draft leaves them empty (profile-completeness.ts says what activation needs).
 */
export interface CheckedProfile
  extends Omit<ProfileRecord, 'hoursMin' | 'hoursMax' | 'municipalityCode'>, CheckedEarnings {
  summary: string;
  abilities: StoredAbility[];
  restrictions: StoredRestriction[];
  accommodationNeeds: StoredNeed[];
  hoursMin: number | null;
  hoursMax: number | null;
  availability: StoredWindow[];
  municipalityCode: string | null;
  languages: string[];
}

const ISO_639_1 = /^[a-z]{2}$/;

const hours = (value: number): string => String(Math.round(value * 100) / 100);

/** Items of a list that is not too long; a list over its bound is reported once, not item by item. */
function boundedItems<T>(
  items: readonly T[],
  max: number,
  field: string,
  noun: string,
  problems: FieldProblems,
): readonly T[] {
  if (items.length <= max) return items;
  problems.add(field, `must have at most ${max} ${noun}`, 'TOO_MANY');
  return [];
}

/**
 * Checks a profile's input, all of it, and returns it in stored form. Fields left empty (no summary, no hours, no
 * time window, no municipality) are accepted for a DRAFT; with `requireComplete` (a profile of any other status)
 * each one is refused as REQUIRED. What is given is checked the same either way. Throws one BAD_USER_INPUT naming every
 * problem, with paths under `field` (input.abilities[2].experience), so a form can show them all at once. The
 * summary is checked against the client's identity: employers read it, and it must not identify the person.
 */
export function checkProfileInput(
  input: ProfileInputShape,
  taxonomy: OrdinalLookup,
  identity: KnownIdentity,
  field = 'input',
  /** the shares of pre-pension earnings that rules in force allow (pension.full_share, pension.partial_share) */
  sharePercents: readonly number[] = [40, 60],
  requireComplete = false,
): CheckedProfile {
  const problems = new FieldProblems();

  const summary = input.summary.trim();
  const summaryLength = characters(summary);
  if (summaryLength > PROFILE_LIMITS.summaryMax) {
    problems.add(`${field}.summary`, `must be 1 to ${PROFILE_LIMITS.summaryMax} characters`, 'LENGTH_OUT_OF_RANGE');
  }
  for (const { message, kind } of identifyingContent(summary, identity))
    problems.add(`${field}.summary`, message, 'IDENTIFYING_TEXT', { kind });

  const seenTaskTypes = new Set<string>();
  boundedItems(input.abilities, PROFILE_LIMITS.abilitiesMax, `${field}.abilities`, 'abilities', problems).forEach(
    (ability, i) => {
      const at = `${field}.abilities[${i}]`;
      if (!taxonomy.taskType(ability.taskTypeCode))
        problems.add(`${at}.taskTypeCode`, 'is not a known task type code', 'UNKNOWN_CODE');
      else if (seenTaskTypes.has(ability.taskTypeCode))
        problems.add(`${at}.taskTypeCode`, 'is listed twice', 'DUPLICATE');
      seenTaskTypes.add(ability.taskTypeCode);
      if (
        !Number.isInteger(ability.experience) ||
        ability.experience < 0 ||
        ability.experience > PROFILE_LIMITS.experienceMax
      ) {
        problems.add(
          `${at}.experience`,
          'must be 0 (interested but untried), 1 (some experience) or 2 (experienced)',
          'OUT_OF_RANGE',
        );
      }
    },
  );

  const seenDemands = new Set<string>();
  boundedItems(
    input.restrictions,
    PROFILE_LIMITS.restrictionsMax,
    `${field}.restrictions`,
    'restrictions',
    problems,
  ).forEach((restriction, i) => {
    const at = `${field}.restrictions[${i}]`;
    if (!taxonomy.demand(restriction.demandCode))
      problems.add(`${at}.demandCode`, 'is not a known demand code', 'UNKNOWN_CODE');
    else if (seenDemands.has(restriction.demandCode)) problems.add(`${at}.demandCode`, 'is listed twice', 'DUPLICATE');
    seenDemands.add(restriction.demandCode);
    const level = restriction.maxLevel;
    if (!Number.isInteger(level) || level < 0 || level > PROFILE_LIMITS.levelMax) {
      problems.add(
        `${at}.maxLevel`,
        `must be 0 to ${PROFILE_LIMITS.levelMax} (the ICF qualifier scale)`,
        'OUT_OF_RANGE',
      );
    }
  });

  const seenAccommodations = new Set<string>();
  boundedItems(
    input.accommodationNeeds,
    PROFILE_LIMITS.accommodationNeedsMax,
    `${field}.accommodationNeeds`,
    'accommodation needs',
    problems,
  ).forEach((need, i) => {
    const at = `${field}.accommodationNeeds[${i}].accommodationCode`;
    if (!taxonomy.accommodation(need.accommodationCode))
      problems.add(at, 'is not a known accommodation code', 'UNKNOWN_CODE');
    else if (seenAccommodations.has(need.accommodationCode)) problems.add(at, 'is listed twice', 'DUPLICATE');
    seenAccommodations.add(need.accommodationCode);
  });

  const min = input.hoursPerWeekMin ?? null;
  const max = input.hoursPerWeekMax ?? null;
  const minValid = min !== null && Number.isFinite(min) && min > 0 && hasAtMostDecimals(min, 2);
  if (min !== null && !minValid)
    problems.add(`${field}.hoursPerWeekMin`, 'must be more than 0, with at most 2 decimals', 'OUT_OF_RANGE');
  if (max === null) {
    // not known yet: a draft may leave it empty
  } else if (!Number.isFinite(max) || max > PROFILE_LIMITS.hoursPerWeekMax || !hasAtMostDecimals(max, 2)) {
    problems.add(
      `${field}.hoursPerWeekMax`,
      `must be at most ${PROFILE_LIMITS.hoursPerWeekMax}, with at most 2 decimals`,
      'OUT_OF_RANGE',
    );
  } else if (minValid && min > max) {
    problems.add(`${field}.hoursPerWeekMin`, 'must not be more than hoursPerWeekMax', 'MIN_ABOVE_MAX');
  }

  if (input.availability.length === 0) {
    // none yet: a draft may leave it empty
  } else if (input.availability.length > PROFILE_LIMITS.availabilityMax) {
    problems.add(`${field}.availability`, `must have at most ${PROFILE_LIMITS.availabilityMax} windows`, 'TOO_MANY');
  } else {
    const before = problems.count;
    checkWindows(input.availability, `${field}.availability`, problems);
    const offered = weeklyHours(input.availability);
    if (problems.count === before && minValid && offered < min) {
      problems.add(
        `${field}.availability`,
        `offers ${hours(offered)} hours a week, fewer than hoursPerWeekMin (${hours(min)})`,
        'INCONSISTENT',
      );
    }
  }

  const municipalityCode = input.municipalityCode ?? null;
  if (municipalityCode !== null && !taxonomy.municipality(municipalityCode)) {
    problems.add(`${field}.municipalityCode`, 'is not a known municipality code', 'UNKNOWN_CODE');
  }

  const maxCommuteKm = input.maxCommuteKm ?? null;
  if (
    maxCommuteKm !== null &&
    (!hasAtMostDecimals(maxCommuteKm, 1) || maxCommuteKm < 0 || maxCommuteKm > PROFILE_LIMITS.maxCommuteKmMax)
  ) {
    problems.add(
      `${field}.maxCommuteKm`,
      `must be 0 to ${PROFILE_LIMITS.maxCommuteKmMax} km, with at most 1 decimal`,
      'OUT_OF_RANGE',
    );
  }

  const languages = input.languages ?? [];
  const seenLanguages = new Set<string>();
  boundedItems(languages, PROFILE_LIMITS.languagesMax, `${field}.languages`, 'languages', problems).forEach(
    (code, i) => {
      if (!ISO_639_1.test(code)) {
        problems.add(
          `${field}.languages[${i}]`,
          'must be an ISO 639-1 code: two lowercase letters such as fi',
          'INVALID_FORMAT',
        );
      } else if (seenLanguages.has(code)) problems.add(`${field}.languages[${i}]`, 'is listed twice', 'DUPLICATE');
      seenLanguages.add(code);
    },
  );

  const earnings = checkEarnings(input, sharePercents, field, problems);

  if (requireComplete) {
    const missing = missingForActivation({
      summary,
      hoursMin: min,
      hoursMax: max,
      availability: input.availability,
      municipalityCode,
    });
    for (const name of missing)
      problems.add(`${field}.${name}`, 'is required before the profile is active', 'REQUIRED');
  }

  problems.throwIfAny();

  const byOrdinal =
    <T>(lookup: (item: T) => { ordinal: number } | undefined) =>
    (a: T, b: T): number =>
      (lookup(a)?.ordinal ?? 0) - (lookup(b)?.ordinal ?? 0);
  return {
    summary,
    abilities: input.abilities
      .map((a) => ({ taskTypeCode: a.taskTypeCode, experience: a.experience }))
      .sort(byOrdinal((a: StoredAbility) => taxonomy.taskType(a.taskTypeCode))),
    restrictions: input.restrictions
      .map((r) => ({ demandCode: r.demandCode, maxLevel: r.maxLevel }))
      .sort(byOrdinal((r: StoredRestriction) => taxonomy.demand(r.demandCode))),
    accommodationNeeds: input.accommodationNeeds
      .map((n) => ({ accommodationCode: n.accommodationCode, necessity: n.necessity }))
      .sort(byOrdinal((n: StoredNeed) => taxonomy.accommodation(n.accommodationCode))),
    hoursMin: min,
    hoursMax: max,
    availability: sortWindows(input.availability).map((w) => ({ day: w.day, start: w.start, end: w.end })),
    municipalityCode,
    maxCommuteKm,
    remoteOnly: input.remoteOnly ?? false,
    languages: [...languages],
    ...earnings,
  };
}

/** Euros a month: more than 0, at most earningsEurMax, cents at most. */
function checkEuros(value: number | null | undefined, at: string, problems: FieldProblems): number | null {
  if (value === null || value === undefined) {
    problems.add(at, 'is required for this basis', 'REQUIRED');
    return null;
  }
  if (!Number.isFinite(value) || value <= 0 || value > PROFILE_LIMITS.earningsEurMax) {
    problems.add(at, `must be more than 0 and at most ${PROFILE_LIMITS.earningsEurMax} euros a month`, 'OUT_OF_RANGE');
  } else if (!hasAtMostDecimals(value, 2)) {
    problems.add(at, 'must have at most 2 decimals', 'TOO_MANY_DECIMALS');
  }
  return value;
}

/**
 * The earnings limit: FIXED needs monthlyLimitEur; PENSION_SHARE needs prePensionMonthlyEur and a sharePercent that a
 * rule in force allows (40 or 60); NONE and GUARANTEE_FLOOR take neither. A field the basis does not use is refused
 * (INCONSISTENT), so that nothing is stored that does not count.
 */
function checkEarnings(
  input: ProfileInputShape,
  sharePercents: readonly number[],
  field: string,
  problems: FieldProblems,
): CheckedEarnings {
  const out: CheckedEarnings = {};
  if (input.reducedWorkCapacity !== undefined) out.reducedWorkCapacity = input.reducedWorkCapacity ?? false;
  if (input.earningsLimit === undefined) return out;
  const limit = input.earningsLimit ?? { basis: EarningsLimitBasis.NONE };
  const at = `${field}.earningsLimit`;
  const unused = (name: 'monthlyLimitEur' | 'prePensionMonthlyEur' | 'sharePercent'): void => {
    if (limit[name] !== null && limit[name] !== undefined) {
      problems.add(`${at}.${name}`, `is not used with basis ${limit.basis}`, 'INCONSISTENT');
    }
  };
  out.earningsBasis = limit.basis;
  out.earningsFixedEur = null;
  out.earningsPrePensionEur = null;
  out.earningsSharePercent = null;
  switch (limit.basis) {
    case EarningsLimitBasis.FIXED:
      out.earningsFixedEur = checkEuros(limit.monthlyLimitEur, `${at}.monthlyLimitEur`, problems);
      unused('prePensionMonthlyEur');
      unused('sharePercent');
      break;
    case EarningsLimitBasis.PENSION_SHARE: {
      out.earningsPrePensionEur = checkEuros(limit.prePensionMonthlyEur, `${at}.prePensionMonthlyEur`, problems);
      const share = limit.sharePercent ?? null;
      if (share === null) problems.add(`${at}.sharePercent`, 'is required for this basis', 'REQUIRED');
      else if (!sharePercents.includes(share)) {
        problems.add(`${at}.sharePercent`, `must be one of ${sharePercents.join(', ')}`, 'NOT_ALLOWED_VALUE');
      }
      out.earningsSharePercent = share;
      unused('monthlyLimitEur');
      break;
    }
    default:
      unused('monthlyLimitEur');
      unused('prePensionMonthlyEur');
      unused('sharePercent');
  }
  return out;
}
