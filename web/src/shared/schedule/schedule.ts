import type { Weekday } from '../../generated/graphql';

/** A weekly time window as the API takes it: "HH:MM" on the 15-minute grid, start before end, one day. */
export interface ScheduleWindow {
  day: Weekday;
  start: string;
  end: string;
}

export const WEEK: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

/** What can be wrong with one window, each with its message in the `shared` catalogue. */
export type WindowProblem = 'NOT_ON_GRID' | 'END_NOT_AFTER_START' | 'OVERLAP';

const GRID = /^([01]\d|2[0-3]):(00|15|30|45)$|^24:00$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Every time of day on the 15-minute grid, 00:00 to 24:00 (the end of a day). */
export const TIMES_OF_DAY: readonly string[] = Array.from(
  { length: 97 },
  (_, quarter) => `${pad(Math.floor(quarter / 4))}:${pad((quarter % 4) * 15)}`,
);

export function minutesOf(time: string): number {
  const [hoursPart, minutesPart] = time.split(':').map(Number);
  return hoursPart * 60 + minutesPart;
}

/** Each window's first problem (null when it is fine), in the order of the windows: the API's rules. */
export function windowProblems(windows: readonly ScheduleWindow[]): (WindowProblem | null)[] {
  const problems = windows.map((w): WindowProblem | null => {
    if (!GRID.test(w.start) || !GRID.test(w.end)) return 'NOT_ON_GRID';
    return minutesOf(w.start) < minutesOf(w.end) ? null : 'END_NOT_AFTER_START';
  });
  windows.forEach((w, i) => {
    if (problems[i]) return;
    const overlaps = windows.some(
      (other, j) =>
        j !== i &&
        problems[j] !== 'NOT_ON_GRID' &&
        other.day === w.day &&
        minutesOf(other.start) < minutesOf(w.end) &&
        minutesOf(w.start) < minutesOf(other.end),
    );
    if (overlaps) problems[i] = 'OVERLAP';
  });
  return problems;
}

/** Minutes a week the windows cover; time covered by two overlapping windows counts once. */
export function totalMinutes(windows: readonly ScheduleWindow[]): number {
  let total = 0;
  for (const day of WEEK) {
    const spans = windows
      .filter((w) => w.day === day && GRID.test(w.start) && GRID.test(w.end))
      .map((w) => [minutesOf(w.start), minutesOf(w.end)] as const)
      .filter(([start, end]) => start < end)
      .sort((a, b) => a[0] - b[0]);
    let reached = 0;
    for (const [start, end] of spans) {
      const from = Math.max(start, reached);
      if (end > from) total += end - from;
      reached = Math.max(reached, end);
    }
  }
  return total;
}

/** The window a new row starts with: the day after the last window's, at the same times, or Monday 9–13. */
export function nextWindow(windows: readonly ScheduleWindow[]): ScheduleWindow {
  const last = windows.at(-1);
  if (!last) return { day: 'MON', start: '09:00', end: '13:00' };
  const day = WEEK[(WEEK.indexOf(last.day) + 1) % WEEK.length];
  return { day, start: last.start, end: last.end };
}
