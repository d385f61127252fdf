import { describe, expect, it } from 'vitest';
import { nextWindow, TIMES_OF_DAY, totalMinutes, windowProblems } from '../schedule';

describe('schedule', () => {
  it('offers every quarter hour of a day, midnight to midnight', () => {
    expect(TIMES_OF_DAY).toHaveLength(97);
    expect(TIMES_OF_DAY.slice(0, 3)).toEqual(['00:00', '00:15', '00:30']);
    expect(TIMES_OF_DAY.at(-1)).toBe('24:00');
  });

  it('finds a window that ends before it starts, one off the grid, and overlapping ones', () => {
    expect(
      windowProblems([
        { day: 'MON', start: '09:00', end: '12:00' },
        { day: 'MON', start: '11:45', end: '14:00' },
        { day: 'TUE', start: '12:00', end: '12:00' },
        { day: 'WED', start: '09:10', end: '12:00' },
        { day: 'THU', start: '12:00', end: '24:00' },
        { day: 'FRI', start: '08:00', end: '09:00' },
        { day: 'FRI', start: '09:00', end: '10:00' },
      ]),
    ).toEqual(['OVERLAP', 'OVERLAP', 'END_NOT_AFTER_START', 'NOT_ON_GRID', null, null, null]);
  });

  it('totals the week, counting overlapping time once', () => {
    expect(totalMinutes([])).toBe(0);
    expect(
      totalMinutes([
        { day: 'MON', start: '09:00', end: '12:00' },
        { day: 'MON', start: '11:00', end: '13:15' },
        { day: 'TUE', start: '22:00', end: '24:00' },
        { day: 'WED', start: '14:00', end: '13:00' },
      ]),
    ).toBe(4 * 60 + 15 + 120);
  });

  it('starts a new row on the day after the last one, at its times', () => {
    expect(nextWindow([])).toEqual({ day: 'MON', start: '09:00', end: '13:00' });
    expect(nextWindow([{ day: 'SUN', start: '10:00', end: '14:30' }])).toEqual({
      day: 'MON',
      start: '10:00',
      end: '14:30',
    });
  });
});
