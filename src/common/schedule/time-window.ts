import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsString, Matches } from 'class-validator';
import { WEEKDAYS, Weekday } from '../enums';
import type { FieldProblems } from '../errors/domain-error';
import '../graphql/enums';

const HH_MM = /^([01]\d|2[0-3]):(00|15|30|45)$|^24:00$/;

@ObjectType('TimeWindow', {
  description: 'A weekly time window, HH:MM 24-hour clock, 15-minute steps, start before end, same day',
})
export class TimeWindowModel {
  @Field(() => Weekday)
  day: Weekday;

  @Field()
  start: string;

  @Field()
  end: string;
}

@InputType('TimeWindowInput')
export class TimeWindowInput {
  @Field(() => Weekday)
  @IsEnum(Weekday)
  day: Weekday;

  @Field()
  @IsString()
  @Matches(HH_MM, { message: 'must be a time such as 08:00 or 13:45, in 15-minute steps' })
  start: string;

  @Field()
  @IsString()
  @Matches(HH_MM, { message: 'must be a time such as 16:30 or 24:00, in 15-minute steps' })
  end: string;
}

/** A window in minutes from midnight, with the day as 0 (MON) to 6 (SUN): the kernel's form. */
export interface WindowMinutes {
  day: number;
  startMin: number;
  endMin: number;
}

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function toMinutes(window: { day: Weekday; start: string; end: string }): WindowMinutes {
  return { day: WEEKDAYS.indexOf(window.day), startMin: minutesOf(window.start), endMin: minutesOf(window.end) };
}

/** Hours a week that the windows cover (they never overlap once validated). */
export function weeklyHours(windows: readonly { day: Weekday; start: string; end: string }[]): number {
  return windows.reduce((sum, w) => sum + (minutesOf(w.end) - minutesOf(w.start)) / 60, 0);
}

/**
 * Checks what class-validator cannot see one field at a time: start before end, and no two windows of a day
 * overlapping. Windows are sorted by day and start in the stored form.
 */
export function checkWindows(
  windows: readonly { day: Weekday; start: string; end: string }[],
  field: string,
  problems: FieldProblems,
): void {
  windows.forEach((w, i) => {
    if (minutesOf(w.start) >= minutesOf(w.end))
      problems.add(`${field}[${i}]`, 'must start before it ends', 'EMPTY_TIME_WINDOW');
  });
  const sorted = windows
    .map((w, i) => ({ ...toMinutes(w), i }))
    .sort((a, b) => a.day - b.day || a.startMin - b.startMin);
  for (let k = 1; k < sorted.length; k++) {
    const previous = sorted[k - 1];
    const current = sorted[k];
    if (current.day === previous.day && current.startMin < previous.endMin) {
      problems.add(
        `${field}[${current.i}]`,
        `overlaps another window on ${WEEKDAYS[current.day]}`,
        'OVERLAPPING_TIME_WINDOWS',
      );
    }
  }
}

export function sortWindows<T extends { day: Weekday; start: string }>(windows: readonly T[]): T[] {
  return [...windows].sort(
    (a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || minutesOf(a.start) - minutesOf(b.start),
  );
}
