import type { Lang } from '../common/enums';
import { BenefitRuleKind, EarningsLimitBasis, RULE } from './benefit-rule.kind';

/**
 * The earnings guard and the support hints as pure functions of the rules in force (benefit_rule rows), a job
 * and a profile. No figure of a Finnish rule lives here: amounts, shares and caps come from the rules, which ADMIN
 * edits; this file knows only which rule code answers which question.
 */

/** A rule as the functions here read it (BenefitRuleEntity has these fields). */
export interface Rule {
  code: string;
  kind: BenefitRuleKind;
  labelFi: string;
  labelSv: string;
  labelEn: string;
  explanationFi: string;
  explanationSv: string;
  explanationEn: string;
  amountEur: number | null;
  percent: number | null;
  maxMonths: number | null;
  validFrom: string;
  validTo: string | null;
  sourceUrl: string;
}

/** Weeks in a month on average: monthly earnings = hourly wage × weekly hours × 52 / 12. */
export const WEEKS_PER_YEAR = 52;
export const MONTHS_PER_YEAR = 12;

/** YYYY-MM-DD of a day in Finland (rules change at midnight Helsinki time). */
export function dayOf(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(at);
}

/** A rule holds from its first day to its last, both included; never outside. */
export function inForce(rule: Pick<Rule, 'validFrom' | 'validTo'>, day: string): boolean {
  return rule.validFrom <= day && (rule.validTo === null || day <= rule.validTo);
}

/** The rules of the list in force on the day, of one kind or all, by code. */
export function rulesInForce<R extends Rule>(rules: readonly R[], day: string, kind?: BenefitRuleKind | null): R[] {
  return rules
    .filter((r) => inForce(r, day) && (!kind || r.kind === kind))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Rules by code, for rules already filtered to one day (at most one per code). */
export class RulesOfDay<R extends Rule = Rule> {
  private readonly byCode = new Map<string, R>();

  constructor(
    readonly day: string,
    rules: readonly R[],
  ) {
    for (const rule of rulesInForce(rules, day)) this.byCode.set(rule.code, rule);
  }

  get(code: string): R | undefined {
    return this.byCode.get(code);
  }

  /**
   * What the day's earnings limits are computed from: the EARNINGS_LIMIT rules in force, each as its code, first
   * day, amount and percent. Two days with the same key give every profile the same limit; a period that ends at
   * midnight and the next that begins change it.
   */
  limitsKey(): string {
    return [...this.byCode.values()]
      .filter((r) => r.kind === BenefitRuleKind.EARNINGS_LIMIT)
      .map((r) => `${r.code}@${r.validFrom}:${r.amountEur ?? ''}:${r.percent ?? ''}`)
      .sort()
      .join('|');
  }

  /** EARNINGS_LIMIT rules with a share of pre-pension earnings (pension.full_share, pension.partial_share). */
  shareRules(): R[] {
    return [RULE.fullShare, RULE.partialShare].map((c) => this.byCode.get(c)).filter((r): r is R => !!r);
  }
}

/** A profile's earnings limit as stored (the coordinator's input). */
export interface StoredEarningsLimit {
  basis: EarningsLimitBasis;
  fixedEur: number | null;
  prePensionEur: number | null;
  sharePercent: number | null;
}

export interface ResolvedLimit<R extends Rule = Rule> {
  /** euros a month; null for NONE, or when the rule it needs is not in force */
  monthlyLimitEur: number | null;
  rule: R | null;
}

const cents = (eur: number): number => Math.round(eur * 100) / 100;

/**
 * The limit in euros a month on the rules' day: FIXED as given; PENSION_SHARE the share of pre-pension earnings
 * but at least the guarantee floor (the rule is the share's, or the floor's when the floor is higher);
 * GUARANTEE_FLOOR the floor of the day.
 */
export function resolveLimit<R extends Rule>(limit: StoredEarningsLimit, rules: RulesOfDay<R>): ResolvedLimit<R> {
  switch (limit.basis) {
    case EarningsLimitBasis.NONE:
      return { monthlyLimitEur: null, rule: null };
    case EarningsLimitBasis.FIXED:
      return { monthlyLimitEur: limit.fixedEur, rule: null };
    case EarningsLimitBasis.GUARANTEE_FLOOR: {
      const floor = rules.get(RULE.guaranteeFloor);
      return { monthlyLimitEur: floor?.amountEur ?? null, rule: floor ?? null };
    }
    case EarningsLimitBasis.PENSION_SHARE: {
      const floor = rules.get(RULE.guaranteeFloor);
      const share = rules.shareRules().find((r) => r.percent === limit.sharePercent) ?? null;
      const fromShare =
        limit.prePensionEur !== null && limit.sharePercent !== null
          ? cents((limit.prePensionEur * limit.sharePercent) / 100)
          : null;
      const floorEur = floor?.amountEur ?? null;
      if (fromShare === null) return { monthlyLimitEur: floorEur, rule: floor ?? null };
      if (floorEur !== null && floorEur > fromShare) return { monthlyLimitEur: floorEur, rule: floor ?? null };
      return { monthlyLimitEur: fromShare, rule: share };
    }
  }
}

/** Monthly earnings of weekly hours at an hourly wage. */
export function monthlyEarnings(hourlyWage: number, weeklyHours: number): number {
  return (hourlyWage * weeklyHours * WEEKS_PER_YEAR) / MONTHS_PER_YEAR;
}

/** The most weekly hours whose monthly earnings stay within the limit (the kernel's cap, same formula). */
export function weeklyHoursCap(monthlyLimitEur: number, hourlyWage: number): number {
  return (monthlyLimitEur * MONTHS_PER_YEAR) / (hourlyWage * WEEKS_PER_YEAR);
}

export interface EarningsEstimateValue {
  monthlyEur: number;
  monthlyLimitEur: number | null;
  withinLimit: boolean | null;
  maxWeeklyHoursWithinLimit: number | null;
  /** at how many weekly hours monthlyEur is */
  weeklyHours: number;
  basis: EarningsLimitBasis;
}

/**
 * Earnings at a job against a limit: at the most weekly hours both sides can do (the smaller of the job's and
 * the person's maximum). Null when the job has no wage.
 */
export function estimateEarnings(input: {
  hourlyWage: number | null;
  jobHoursMax: number;
  profileHoursMax: number;
  limit: ResolvedLimit;
  basis: EarningsLimitBasis;
}): EarningsEstimateValue | null {
  if (input.hourlyWage === null || !(input.hourlyWage > 0)) return null;
  const weeklyHours = Math.min(input.jobHoursMax, input.profileHoursMax);
  const monthlyEur = cents(monthlyEarnings(input.hourlyWage, weeklyHours));
  const limitEur = input.limit.monthlyLimitEur;
  return {
    monthlyEur,
    monthlyLimitEur: limitEur,
    withinLimit: limitEur === null ? null : monthlyEarnings(input.hourlyWage, weeklyHours) <= limitEur,
    maxWeeklyHoursWithinLimit:
      limitEur === null ? null : Math.floor(weeklyHoursCap(limitEur, input.hourlyWage) * 100) / 100,
    weeklyHours,
    basis: input.basis,
  };
}

/** Euros for a sentence: whole euros, grouped as each language writes them. */
export function euros(amount: number, lang: Lang): string {
  const whole = Math.round(amount);
  if (lang === 'en') return `€${whole.toLocaleString('en-GB')}`;
  return `${whole.toLocaleString('fi-FI').replace(/\s/g, ' ')} €`;
}

/** Hours for a sentence: rounded down to the half hour (so that the hours said keep one within the limit). */
export function hoursText(hours: number, lang: Lang): string {
  const half = Math.floor(hours * 2) / 2;
  const text = Number.isInteger(half) ? String(half) : half.toFixed(1);
  return lang === 'en' ? text : text.replace('.', ',');
}

/** The plain summary of an estimate, in short sentences and everyday words. */
export function earningsSummary(e: EarningsEstimateValue, lang: Lang): string {
  const month = euros(e.monthlyEur, lang);
  const h = hoursText(e.weeklyHours, lang);
  const pension = e.basis === EarningsLimitBasis.PENSION_SHARE || e.basis === EarningsLimitBasis.GUARANTEE_FLOOR;
  if (e.monthlyLimitEur === null || e.maxWeeklyHoursWithinLimit === null) {
    return {
      fi: `Noin ${month} kuukaudessa, kun teet ${h} tuntia viikossa. Sinulle ei ole merkitty tulorajaa. Jos saat etuutta, kysy ensin työvalmentajaltasi.`,
      sv: `Cirka ${month} i månaden med ${h} timmar i veckan. Ingen inkomstgräns är angiven för dig. Om du får en förmån, fråga först din jobbcoach.`,
      en: `About ${month} a month at ${h} hours a week. No earnings limit is on record for you. If you get a benefit, ask your job coach first.`,
    }[lang];
  }
  const limit = euros(e.monthlyLimitEur, lang);
  const cap = hoursText(e.maxWeeklyHoursWithinLimit, lang);
  const over = e.withinLimit === false;
  const lines: Record<Lang, string[]> = {
    fi: [
      `Noin ${month} kuukaudessa, kun teet ${h} tuntia viikossa.`,
      over ? `Se on yli tulorajasi, joka on ${limit}.` : `Tulorajasi on ${limit}.`,
      `Enintään ${cap} tuntia viikossa pitää sinut rajan alla.`,
      pension
        ? 'Jos raja ylittyy kolme kuukautta peräkkäin, eläke voi katketa joksikin aikaa. Puhu ensin työvalmentajasi kanssa.'
        : 'Rajan ylitys voi pienentää etuuttasi. Puhu ensin työvalmentajasi kanssa.',
    ],
    sv: [
      `Cirka ${month} i månaden med ${h} timmar i veckan.`,
      over ? `Det är över din inkomstgräns, som är ${limit}.` : `Din inkomstgräns är ${limit}.`,
      `Högst ${cap} timmar i veckan håller dig under gränsen.`,
      pension
        ? 'Om du går över gränsen tre månader i rad kan pensionen avbrytas en tid. Tala först med din jobbcoach.'
        : 'Om du går över gränsen kan din förmån minska. Tala först med din jobbcoach.',
    ],
    en: [
      `About ${month} a month at ${h} hours a week.`,
      over ? `That is over your limit of ${limit}.` : `Your limit is ${limit}.`,
      `Up to ${cap} hours a week keeps you under it.`,
      pension
        ? 'Going over for three months in a row can stop your pension for a while; talk to your job coach first.'
        : 'Going over can cut your benefit; talk to your job coach first.',
    ],
  };
  return lines[lang].join(' ');
}

/** What a support hint is worked out from. */
export interface HintContext {
  reducedWorkCapacity: boolean;
  /** accommodation codes the person needs (required or preferred) with their taxonomy category */
  needs: readonly { code: string; category: string }[];
  jobMunicipalityCode: string;
  hourlyWage: number | null;
  /** the weekly hours of the hire (both sides' maximum, or the job's) */
  weeklyHours: number;
}

export type HintReason =
  | { kind: 'PAY_SUBSIDY_REDUCED' }
  | { kind: 'PAY_SUBSIDY_GENERAL' }
  | { kind: 'EQUIPMENT'; accommodationCodes: string[] }
  | { kind: 'COWORKER_HELP' }
  | { kind: 'HELSINKI'; combinesWithPaySubsidy: boolean };

export interface SupportHintValue<R extends Rule = Rule> {
  rule: R;
  reason: HintReason;
  upToEur: number | null;
}

/** The accommodation categories whose costs the support for arranging working conditions can pay. */
export const EQUIPMENT_CATEGORIES: ReadonlySet<string> = new Set(['EQUIPMENT', 'ACCESSIBILITY']);
/** The accommodation of a named mentor at work: a co-worker's help. */
export const MENTOR_ACCOMMODATION = 'sup.mentor';
/**
 * Hours a month of a co-worker's help the support pays for at most (TEM: 20 h a month). The hourly amount is the
 * rule's (working_conditions.coworker_help); the rule has no field for the hours, so they are kept here.
 */
export const COWORKER_HELP_HOURS_PER_MONTH = 20;

/** The most a share-of-pay support pays a month: the share of the monthly pay, at most the rule's cap. */
function shareOfPay(rule: Rule, ctx: HintContext): number | null {
  if (ctx.hourlyWage === null || rule.percent === null) return rule.amountEur;
  const share = (monthlyEarnings(ctx.hourlyWage, ctx.weeklyHours) * rule.percent) / 100;
  return cents(rule.amountEur === null ? share : Math.min(share, rule.amountEur));
}

/** The supports that may apply to a hire, from the rules of the day; the employment services decide. */
export function supportHints<R extends Rule>(rules: RulesOfDay<R>, ctx: HintContext): SupportHintValue<R>[] {
  const hints: SupportHintValue<R>[] = [];
  const pay = rules.get(ctx.reducedWorkCapacity ? RULE.paySubsidyReduced : RULE.paySubsidyGeneral);
  if (pay) {
    hints.push({
      rule: pay,
      reason: { kind: ctx.reducedWorkCapacity ? 'PAY_SUBSIDY_REDUCED' : 'PAY_SUBSIDY_GENERAL' },
      upToEur: shareOfPay(pay, ctx),
    });
  }
  hints.push(
    ...accommodationHints(
      rules,
      ctx.needs.map((n) => n.code),
      (c) => ctx.needs.find((n) => n.code === c)?.category,
    ),
  );
  const helsinki = rules.get(RULE.helsinkiBenefit);
  if (helsinki && ctx.jobMunicipalityCode.trim() === HELSINKI) {
    hints.push({
      rule: helsinki,
      reason: { kind: 'HELSINKI', combinesWithPaySubsidy: helsinki.validFrom < HELSINKI_NOT_COMBINED_FROM },
      upToEur: shareOfPay(helsinki, ctx),
    });
  }
  return hints;
}

/** Hints for accommodations: tools and access (one-off, up to the rule's amount), and a named mentor. */
export function accommodationHints<R extends Rule>(
  rules: RulesOfDay<R>,
  codes: readonly string[],
  categoryOf: (code: string) => string | undefined,
): SupportHintValue<R>[] {
  const hints: SupportHintValue<R>[] = [];
  const equipmentCodes = codes.filter((c) => EQUIPMENT_CATEGORIES.has(categoryOf(c) ?? ''));
  const equipment = rules.get(RULE.equipment);
  if (equipment && equipmentCodes.length > 0) {
    hints.push({
      rule: equipment,
      reason: { kind: 'EQUIPMENT', accommodationCodes: equipmentCodes },
      upToEur: equipment.amountEur,
    });
  }
  const coworker = rules.get(RULE.coworkerHelp);
  if (coworker && codes.includes(MENTOR_ACCOMMODATION)) {
    hints.push({
      rule: coworker,
      reason: { kind: 'COWORKER_HELP' },
      upToEur: coworker.amountEur === null ? null : cents(coworker.amountEur * COWORKER_HELP_HOURS_PER_MONTH),
    });
  }
  return hints;
}

const HELSINKI = '091';
/** The Helsinki benefit of 2026 on does not combine with pay subsidy (hel.fi); the rule of 2025 did. */
const HELSINKI_NOT_COMBINED_FROM = '2026-01-01';

const MAY_APPLY: Record<Lang, string> = {
  fi: 'Tuki voi sopia: työllisyyspalvelut päättävät.',
  sv: 'Stödet kan passa: sysselsättningstjänsterna beslutar.',
  en: 'It may apply: the employment services decide.',
};

/** Why a hint may apply, in plain words, ending with who decides. */
export function hintReasonText(
  reason: HintReason,
  lang: Lang,
  accommodationLabel: (code: string, lang: Lang) => string,
): string {
  const why: Record<Lang, string> = (() => {
    switch (reason.kind) {
      case 'PAY_SUBSIDY_REDUCED':
        return {
          fi: 'Työllisyyspalvelut ovat todenneet henkilön työkyvyn alentuneeksi.',
          sv: 'Sysselsättningstjänsterna har konstaterat att personens arbetsförmåga är nedsatt.',
          en: "The employment services have found the person's work capacity reduced.",
        };
      case 'PAY_SUBSIDY_GENERAL':
        return {
          fi: 'Palkkatuki voi kattaa osan palkkakuluista.',
          sv: 'Lönesubvention kan täcka en del av lönekostnaderna.',
          en: 'A pay subsidy can pay part of the pay costs.',
        };
      case 'EQUIPMENT': {
        const list = (l: Lang) => reason.accommodationCodes.map((c) => accommodationLabel(c, l)).join(', ');
        return {
          fi: `Henkilö tarvitsee: ${list('fi')}.`,
          sv: `Personen behöver: ${list('sv')}.`,
          en: `The person needs: ${list('en')}.`,
        };
      }
      case 'COWORKER_HELP':
        return {
          fi: 'Henkilö tarvitsee nimetyn työpaikkaohjaajan.',
          sv: 'Personen behöver en utsedd handledare på jobbet.',
          en: 'The person needs a named mentor at work.',
        };
      case 'HELSINKI':
        return reason.combinesWithPaySubsidy
          ? {
              fi: 'Työ on Helsingissä.',
              sv: 'Jobbet finns i Helsingfors.',
              en: 'The job is in Helsinki.',
            }
          : {
              fi: 'Työ on Helsingissä. Helsinki-lisää ei saa yhdessä palkkatuen kanssa.',
              sv: 'Jobbet finns i Helsingfors. Helsingforstillägget går inte att få tillsammans med lönesubvention.',
              en: 'The job is in Helsinki. It does not combine with a pay subsidy.',
            };
    }
  })();
  return `${why[lang]} ${MAY_APPLY[lang]}`;
}
