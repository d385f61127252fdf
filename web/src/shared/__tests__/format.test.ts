import { describe, expect, it } from 'vitest';
import { clockTime, date, dateTime, euros, hours, shortDate, sortWindows, timeRange, weekdayName } from '../format';

// Intl puts a narrow no-break space before € and in some times; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  it('names weekdays in each language', () => {
    expect(weekdayName('MON', 'fi')).toBe('maanantai');
    expect(weekdayName('WED', 'sv')).toBe('onsdag');
    expect(weekdayName('SUN', 'en')).toBe('Sunday');
  });

  it('writes a date in numbers, on the calendar day in Finland', () => {
    expect(shortDate('2026-12-01T23:30:00.000Z', 'fi')).toBe('2.12.2026');
    expect(shortDate('2026-12-02T08:00:00.000Z', 'en')).toMatch(/^0?2\/12\/2026$/);
  });

  it('writes clock times and ranges as each language does', () => {
    expect(clockTime('09:00', 'fi')).toBe('9.00');
    expect(clockTime('09:00', 'sv')).toMatch(/^0?9[.:]00$/);
    expect(clockTime('17:30', 'en')).toBe('17:30');
    expect(timeRange('08:15', '12:45', 'fi')).toBe('8.15–12.45');
  });

  it('writes euros with the language’s decimal sign', () => {
    expect(plain(euros(12.5, 'fi'))).toBe('12,50 €');
    expect(plain(euros(12.5, 'sv'))).toBe('12,50 €');
    expect(euros(12.5, 'en')).toBe('€12.50');
  });

  it('writes hours with at most one decimal', () => {
    expect(hours(12.5, 'fi')).toBe('12,5');
    expect(hours(20, 'en')).toBe('20');
    expect(hours(7.25, 'en')).toBe('7.3');
  });

  it('writes dates in Finland’s time', () => {
    expect(date('2026-12-01T22:30:00Z', 'fi')).toBe('2. joulukuuta 2026');
    expect(date('2026-12-01T10:00:00Z', 'en')).toBe('1 December 2026');
    expect(plain(dateTime('2026-12-01T10:00:00Z', 'en'))).toBe('1 December 2026 at 12:00');
  });

  it('orders weekly windows by day and start', () => {
    const windows = [
      { day: 'WED' as const, start: '09:00' },
      { day: 'MON' as const, start: '13:00' },
      { day: 'MON' as const, start: '08:00' },
    ];
    expect(sortWindows(windows).map((w) => `${w.day} ${w.start}`)).toEqual(['MON 08:00', 'MON 13:00', 'WED 09:00']);
  });
});
