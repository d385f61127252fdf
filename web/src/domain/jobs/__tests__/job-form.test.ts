import { describe, expect, it } from 'vitest';
import { emptyJobForm, formPath, inputOf, localProblems, parseNumber, scheduleErrors } from '../job-form';

describe('job form', () => {
  it('reads numbers as people type them', () => {
    expect(parseNumber(' 12,5 ')).toBe(12.5);
    expect(parseNumber('20')).toBe(20);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('ten')).toBeNaN();
  });

  it('finds what cannot be sent: missing hours, words for numbers, no municipality, empty texts and lists', () => {
    const form = { ...emptyJobForm(), title: '  ', hoursPerWeekMax: 'lots', hourlyWage: '12,x' };
    expect(localProblems(form)).toEqual({
      title: 'REQUIRED',
      description: 'REQUIRED',
      hoursPerWeekMin: 'REQUIRED',
      hoursPerWeekMax: 'NOT_A_NUMBER',
      hourlyWage: 'NOT_A_NUMBER',
      municipalityCode: 'REQUIRED',
      schedule: 'TOO_FEW',
      tasks: 'TOO_FEW',
    });
  });

  it('finds a task without a type or a description, by its place in the list', () => {
    const form = {
      ...emptyJobForm(),
      title: 'Siivooja',
      description: 'Toimiston siivous',
      municipalityCode: '091',
      hoursPerWeekMin: '8',
      hoursPerWeekMax: '12',
      schedule: [{ day: 'MON' as const, start: '08:00', end: '12:00' }],
      tasks: [
        { key: 'a', taskTypeCode: 'cleaning', description: 'Imurointi', modifiable: false, demands: [] },
        { key: 'b', taskTypeCode: '', description: ' ', modifiable: true, demands: [] },
      ],
    };
    expect(localProblems(form)).toEqual({ 'tasks[1].taskTypeCode': 'REQUIRED', 'tasks[1].description': 'REQUIRED' });
    expect(localProblems({ ...form, tasks: form.tasks.slice(0, 1), positions: '1,5' })).toEqual({
      positions: 'WRONG_TYPE',
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
