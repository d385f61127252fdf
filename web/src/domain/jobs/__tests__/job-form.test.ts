import { describe, expect, it } from 'vitest';
import { emptyJobForm, formPath, inputOf, localProblems, parseNumber, scheduleErrors } from '../job-form';

describe('job form', () => {
  it('reads numbers as people type them', () => {
    expect(parseNumber(' 12,5 ')).toBe(12.5);
    expect(parseNumber('20')).toBe(20);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('ten')).toBeNaN();
  });

  it('finds what cannot be sent: missing hours, words for numbers, no municipality', () => {
    const form = { ...emptyJobForm(), hoursPerWeekMax: 'lots', hourlyWage: '12,x' };
    expect(localProblems(form)).toEqual({
      hoursPerWeekMin: 'REQUIRED',
      hoursPerWeekMax: 'NOT_A_NUMBER',
      hourlyWage: 'NOT_A_NUMBER',
      municipalityCode: 'REQUIRED',
    });
  });

  it('makes the API input, an empty wage as none', () => {
    const form = {
      ...emptyJobForm(),
      title: 'Kahvilan apulainen',
      municipalityCode: '091',
      hoursPerWeekMin: '10',
      hoursPerWeekMax: '20,5',
      tasks: [{ key: 'k', taskTypeCode: 'dishwashing', description: 'Astiat', modifiable: true, demands: [] }],
    };
    const input = inputOf(form);
    expect(input).toMatchObject({ hoursPerWeekMin: 10, hoursPerWeekMax: 20.5, positions: 1, hourlyWage: null });
    expect(input.tasks[0]).toEqual({
      taskTypeCode: 'dishwashing',
      description: 'Astiat',
      modifiable: true,
      demands: [],
    });
  });

  it('keys the API’s field paths for the editor', () => {
    expect(formPath('input.tasks[0].description')).toBe('tasks[0].description');
    expect(scheduleErrors({ 'schedule[1]': 'a', 'schedule[1].end': 'b', title: 'c' })).toEqual({ 1: 'a' });
  });
});
