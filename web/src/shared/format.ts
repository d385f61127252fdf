import type { Weekday } from '../generated/graphql';

/** Formatting of what pages show, per language (the i18next language code: fi, sv or en). */
const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** The Intl locale of a page language (Finnish for a language the pages do not know). */
export function locale(language: string): string {
  return LOCALES[language] ?? 'fi-FI';
}

const WEEK: Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

/** The weekday's name (Monday, maanantai, måndag), from the calendar, not from the catalogues. */
export function weekdayName(day: Weekday, language: string): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + WEEK.indexOf(day)));
  return new Intl.DateTimeFormat(locale(language), { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** A clock time "HH:MM" as people write it: 9.00 in Finnish, 09:00 in Swedish (Finland) and English. */
export function clockTime(time: string, language: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  const date = new Date(Date.UTC(2024, 0, 1, hours, minutes));
  return new Intl.DateTimeFormat(locale(language), {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(date);
}

/** A time range, with an en dash between the times. */
export function timeRange(start: string, end: string, language: string): string {
  return `${clockTime(start, language)}–${clockTime(end, language)}`;
}

/** Weekly windows in week order, one per day and window. */
export function sortWindows<T extends { day: Weekday; start: string }>(windows: readonly T[]): T[] {
  return [...windows].sort((a, b) => WEEK.indexOf(a.day) - WEEK.indexOf(b.day) || a.start.localeCompare(b.start));
}

/** Euros, with the language's decimal sign and spacing (12,50 € in Finnish and Swedish, €12.50 in English). */
export function euros(amount: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR' }).format(amount);
}

/** A number of hours, with at most one decimal. */
export function hours(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(value);
}

/** A date as people read it (1.12.2026 in Finnish, 1 December 2026 in English). */
export function date(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'Europe/Helsinki' }).format(
    new Date(iso),
  );
}

/** A date in numbers (2.12.2026), for tables that must fit a phone's width. */
export function shortDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(iso));
}

/** A date and time in Finland's time. */
export function dateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(iso));
}
