/**
 * Earnings and supports as the pages write them, in the page's language (fi, sv or en) through Intl: whole euros
 * for estimates, the limit to the cent, hours a week rounded down (so that "up to N hours" keeps under the limit).
 */
import { locale as localeOf } from '../format';

const PER_MONTH: Record<string, string> = { fi: 'kuukaudessa', sv: 'i månaden', en: 'a month' };
const PER_WEEK: Record<string, string> = { fi: 'viikossa', sv: 'i veckan', en: 'a week' };

const known = (language: string): string => (language in PER_MONTH ? language : 'fi');

/** An amount in whole euros (2 167 €, €2,167), for estimates that say "about". */
export function wholeEuros(amount: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(Math.round(amount));
}

/** A limit as it stands in the decision: whole euros when it is whole, else to the cent (976,59 €). */
export function limitEuros(amount: number, language: string): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(localeOf(language), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount);
}

/** Whole euros a month: "2 167 € kuukaudessa", "2 167 € i månaden", "€2,167 a month". */
export function eurosAMonth(amount: number, language: string): string {
  return `${wholeEuros(amount, language)} ${PER_MONTH[known(language)]}`;
}

/**
 * The most hours a week that keep under a limit, rounded down: whole hours, or tenths below one hour (so that the
 * number shown never goes over the limit).
 */
export function hoursWithinLimit(value: number): number {
  return value >= 1 ? Math.floor(value) : Math.floor(value * 10) / 10;
}

/** Hours a week in words: "9 tuntia viikossa", "9 timmar i veckan", "9 hours a week", "1 hour a week". */
export function hoursAWeek(value: number, language: string): string {
  const hoursText = new Intl.NumberFormat(localeOf(language), {
    style: 'unit',
    unit: 'hour',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value);
  return `${hoursText} ${PER_WEEK[known(language)]}`;
}

/** Whether a support pays once (no months in its rule: e.g. equipment) rather than a month at a time. */
export function paysOnce(rule: { maxMonths?: number | null }): boolean {
  return rule.maxMonths == null;
}
