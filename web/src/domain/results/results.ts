import type { PlacementFiguresFragment, PlacementResultsQuery } from '../../generated/graphql';

/** A period as the page's date fields give it: both days included (YYYY-MM-DD). */
export interface Period {
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The API's half-open range [from, to) for a period of whole days in the browser's time zone: from the first
 * day's midnight to the midnight after the last day. Null when a day is missing or malformed, or the period ends
 * before it starts.
 */
export function periodRange(period: Period): { from: string; to: string } | null {
  if (!DAY.test(period.from) || !DAY.test(period.to)) return null;
  const from = localMidnight(period.from);
  const last = localMidnight(period.to);
  if (!from || !last || last.getTime() < from.getTime()) return null;
  const to = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1);
  return { from: from.toISOString(), to: to.toISOString() };
}

function localMidnight(day: string): Date | null {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

/** The default period: this year so far. */
export function thisYear(today: Date): Period {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return { from: `${today.getFullYear()}-01-01`, to: day };
}

export interface ResultRow {
  /** 'provider' for the whole service provider, else the coordinator's id ('' for requests nobody answered). */
  key: string;
  /** The coordinator's email; null for the provider row and for unanswered requests. */
  who: string | null;
  kind: 'provider' | 'coordinator' | 'unassigned';
  figures: PlacementFiguresFragment;
}

/** The service provider's row first, then one per coordinator by email, unanswered requests last. */
export function resultRows(data: PlacementResultsQuery): ResultRow[] {
  const coordinators = data.placementStatsByCoordinator
    .map((row): ResultRow => ({
      key: row.coordinatorId ?? '',
      who: row.coordinatorEmail ?? null,
      kind: row.coordinatorId ? 'coordinator' : 'unassigned',
      figures: row.stats,
    }))
    .sort(
      (a, b) =>
        Number(a.kind === 'unassigned') - Number(b.kind === 'unassigned') || (a.who ?? '').localeCompare(b.who ?? ''),
    );
  return [{ key: 'provider', who: null, kind: 'provider', figures: data.placementStats }, ...coordinators];
}

/** The counted figures, in the order of the chart, the table and the CSV. */
export const COUNTS = ['proposals', 'accepted', 'trials', 'hires'] as const;

/** The largest count of any row: the chart's full bar. At least 1, so an empty period draws empty bars. */
export function chartScale(rows: readonly ResultRow[]): number {
  return Math.max(1, ...rows.flatMap((row) => COUNTS.map((count) => row.figures[count])));
}

/** One CSV field: quoted when it holds a comma, quote or line break, quotes doubled. */
function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The results as CSV (RFC 4180: commas, CRLF, a header row), with a byte-order mark so that spreadsheet programs
 * read the UTF-8. Numbers with a full stop as the decimal sign; the rate as a fraction 0–1 with four decimals,
 * the median in days with one; empty where there is no median.
 */
export function resultsCsv(
  rows: readonly ResultRow[],
  headers: readonly string[],
  names: (row: ResultRow) => string,
): string {
  const lines = [headers.map(field).join(',')];
  for (const row of rows) {
    const f = row.figures;
    lines.push(
      [
        names(row),
        f.proposals,
        f.accepted,
        f.trials,
        f.hires,
        f.placementRate.toFixed(4),
        f.medianDaysToHire === null || f.medianDaysToHire === undefined ? null : f.medianDaysToHire.toFixed(1),
      ]
        .map(field)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
