import { describe, expect, it } from '@jest/globals';
import { Weekday } from '../enums';
import { BadInputError, FieldProblems } from '../errors/domain-error';
import { checkWindows, sortWindows, toMinutes, weeklyHours } from './time-window';

const w = (day: Weekday, start: string, end: string) => ({ day, start, end });

function problemsOf(windows: ReturnType<typeof w>[]): { field: string; message: string }[] {
  const problems = new FieldProblems();
  checkWindows(windows, 'input.schedule', problems);
  try {
    problems.throwIfAny();
    return [];
  } catch (error) {
    return (error as BadInputError).fields;
  }
}

describe('time windows', () => {
  it('converts to minutes and sums weekly hours', () => {
    expect(toMinutes(w(Weekday.WED, '08:15', '12:45'))).toEqual({ day: 2, startMin: 495, endMin: 765 });
    expect(weeklyHours([w(Weekday.MON, '08:00', '12:00'), w(Weekday.TUE, '13:00', '24:00')])).toBe(15);
  });

  it('accepts adjacent windows on a day and the same hours on different days', () => {
    expect(
      problemsOf([
        w(Weekday.MON, '08:00', '12:00'),
        w(Weekday.MON, '12:00', '14:00'),
        w(Weekday.TUE, '08:00', '12:00'),
      ]),
    ).toEqual([]);
  });

  it('names a window that ends before it starts and one that overlaps', () => {
    expect(
      problemsOf([
        w(Weekday.MON, '12:00', '08:00'),
        w(Weekday.FRI, '08:00', '12:00'),
        w(Weekday.FRI, '11:45', '13:00'),
      ]),
    ).toEqual([
      { field: 'input.schedule[0]', message: 'must start before it ends', reason: 'EMPTY_TIME_WINDOW' },
      { field: 'input.schedule[2]', message: 'overlaps another window on FRI', reason: 'OVERLAPPING_TIME_WINDOWS' },
    ]);
  });

  it('sorts by day and start', () => {
    expect(
      sortWindows([
        w(Weekday.SUN, '08:00', '09:00'),
        w(Weekday.MON, '10:00', '11:00'),
        w(Weekday.MON, '08:00', '09:00'),
      ]),
    ).toEqual([w(Weekday.MON, '08:00', '09:00'), w(Weekday.MON, '10:00', '11:00'), w(Weekday.SUN, '08:00', '09:00')]);
  });
});
