import { describe, expect, it } from '@jest/globals';
import { Weekday } from '../common/enums';
import { BadInputError } from '../common/errors/domain-error';
import { ACCOMMODATIONS, DEMANDS, MUNICIPALITIES, TASK_TYPES } from '../taxonomy/data';
import { checkJobInput, type JobInputShape, type JobTaxonomy, prefixTsQuery, searchTextOf } from './job.validation';

/** The shipped taxonomy, as TaxonomyService would serve it from the database. */
const taxonomy: JobTaxonomy = {
  accommodation: (code) => ACCOMMODATIONS.find((a) => a.code === code),
  demand: (code) => DEMANDS.find((d) => d.code === code),
  taskType: (code) => {
    const type = TASK_TYPES.find((t) => t.code === code);
    return (
      type && {
        ordinal: type.ordinal,
        typicalDemands: type.typicalDemands.map((d) => ({ demandCode: d.demand, level: d.level })),
      }
    );
  },
  municipality: (code) => MUNICIPALITIES.find((m) => m.code === code),
};

const weekdays = [Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI];

function input(overrides: Partial<JobInputShape> = {}): JobInputShape {
  return {
    title: 'Astianpesijä',
    description: 'Astianpesua lounasravintolassa.',
    municipalityCode: '091',
    remotePossible: null,
    hoursPerWeekMin: 10,
    hoursPerWeekMax: 20,
    schedule: weekdays.map((day) => ({ day, start: '09:00', end: '13:00' })),
    tasks: [
      { taskTypeCode: 'dishwashing', description: 'Astioiden pesu', modifiable: false, hoursShare: 70 },
      {
        taskTypeCode: 'clearing_tables',
        description: 'Pöytien pyyhintä',
        modifiable: true,
        hoursShare: 30,
        demands: [
          { demandCode: 'd450', level: 2 },
          { demandCode: 'd4154', level: 1 },
        ],
      },
    ],
    accommodationCodes: ['sup.instructor_onsite', 'sched.flex_start'],
    hourlyWage: null,
    positions: null,
    ...overrides,
  };
}

function problemsOf(value: JobInputShape): { field: string; message: string }[] {
  try {
    checkJobInput(value, taxonomy);
  } catch (error) {
    if (error instanceof BadInputError) return error.fields;
    throw error;
  }
  return [];
}

describe('checkJobInput', () => {
  it('accepts a valid job and returns its stored form with defaults', () => {
    const job = checkJobInput(input(), taxonomy);
    expect(job.remotePossible).toBe(false);
    expect(job.positions).toBe(1);
    expect(job.hourlyWage).toBeNull();
    expect(job.hoursMin).toBe(10);
    expect(job.hoursMax).toBe(20);
    // The task type's typical demands when none are given; given ones in taxonomy order.
    const dishwashing = TASK_TYPES.find((t) => t.code === 'dishwashing')!;
    expect(job.tasks[0].demands.map((d) => d.demandCode).sort()).toEqual(
      dishwashing.typicalDemands.map((d) => d.demand).sort(),
    );
    expect(job.tasks[1].demands).toEqual([
      { demandCode: 'd4154', level: 1 },
      { demandCode: 'd450', level: 2 },
    ]);
    expect(job.tasks.map((t) => t.hoursShare)).toEqual([70, 30]);
    // Accommodations in taxonomy order, schedule by day and start.
    expect(job.accommodationCodes).toEqual(['sched.flex_start', 'sup.instructor_onsite']);
  });

  it('sorts the schedule by day and start', () => {
    const job = checkJobInput(
      input({
        schedule: [
          { day: Weekday.WED, start: '12:00', end: '16:00' },
          { day: Weekday.MON, start: '13:00', end: '17:00' },
          { day: Weekday.MON, start: '08:00', end: '12:00' },
        ],
      }),
      taxonomy,
    );
    expect(job.schedule).toEqual([
      { day: Weekday.MON, start: '08:00', end: '12:00' },
      { day: Weekday.MON, start: '13:00', end: '17:00' },
      { day: Weekday.WED, start: '12:00', end: '16:00' },
    ]);
  });

  it('names every problem at once, with its path', () => {
    const problems = problemsOf(
      input({
        municipalityCode: '999',
        hoursPerWeekMin: 30,
        hoursPerWeekMax: 20,
        schedule: [
          { day: Weekday.MON, start: '09:00', end: '13:00' },
          { day: Weekday.MON, start: '12:00', end: '14:00' },
          { day: Weekday.TUE, start: '15:00', end: '15:00' },
        ],
        accommodationCodes: ['sched.flex_start', 'no.such', 'sched.flex_start'],
        tasks: [
          { taskTypeCode: 'juggling', description: 'x', modifiable: false, hoursShare: 60 },
          {
            taskTypeCode: 'dishwashing',
            description: 'y',
            modifiable: true,
            hoursShare: 50,
            demands: [
              { demandCode: 'd4300', level: 2 },
              { demandCode: 'x999', level: 1 },
              { demandCode: 'd4300', level: 3 },
            ],
          },
        ],
      }),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'input.municipalityCode',
      'input.hoursPerWeekMin',
      'input.schedule[2]',
      'input.schedule[1]',
      'input.accommodationCodes[1]',
      'input.accommodationCodes[2]',
      'input.tasks[0].taskTypeCode',
      'input.tasks[1].demands[1].demandCode',
      'input.tasks[1].demands[2].demandCode',
      'input.tasks',
    ]);
    expect(problems.find((p) => p.field === 'input.tasks')?.message).toMatch(/add up to 110 %/);
  });

  it('wants the schedule to offer at least the minimum hours a week', () => {
    expect(problemsOf(input({ hoursPerWeekMin: 20.5, hoursPerWeekMax: 30 }))).toEqual([
      {
        field: 'input.schedule',
        message: 'offers 20 hours a week, fewer than hoursPerWeekMin (20.5)',
        reason: 'INCONSISTENT',
      },
    ]);
    expect(problemsOf(input({ hoursPerWeekMin: 20, hoursPerWeekMax: 20 }))).toEqual([]);
  });

  it('does not add up hours of overlapping windows', () => {
    const problems = problemsOf(
      input({
        hoursPerWeekMin: 1,
        schedule: [
          { day: Weekday.MON, start: '09:00', end: '13:00' },
          { day: Weekday.MON, start: '09:00', end: '13:00' },
        ],
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['input.schedule[1]']);
  });

  it('lets shares be left out and accepts shares up to 100 together', () => {
    const tasks = input().tasks.map((t) => ({ ...t, hoursShare: null }));
    expect(problemsOf(input({ tasks }))).toEqual([]);
    expect(problemsOf(input({ tasks: [{ ...tasks[0], hoursShare: 100 }, tasks[1]] }))).toEqual([]);
  });

  it('keeps an empty demand list as given (the task demands nothing)', () => {
    const tasks = [{ ...input().tasks[0], demands: [] }];
    expect(checkJobInput(input({ tasks }), taxonomy).tasks[0].demands).toEqual([]);
  });
});

describe('searchTextOf', () => {
  it('joins the title, the description and the task descriptions', () => {
    const job = checkJobInput(input(), taxonomy);
    expect(searchTextOf(job)).toBe('Astianpesijä\nAstianpesua lounasravintolassa.\nAstioiden pesu\nPöytien pyyhintä');
  });
});

describe('prefixTsQuery', () => {
  it.each([
    ['siivo', 'siivo:*'],
    ['Siivous  Pöydät', 'siivous:* & pöydät:*'],
    ['a & | ! ( :*', 'a:*'],
    ["o'brien <-> x:A", 'o:* & brien:* & x:* & a:*'],
    ['pesu pesu', 'pesu:*'],
    ["& | ! ( ) :* '", null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(prefixTsQuery(text)).toBe(expected);
  });

  it('keeps letters and digits only, whatever the input', () => {
    for (const text of ['\\x00', 'äö–ÅÖ ¤%&/()=?`', '1:2:3', '"quoted"', '(a|b)&!c']) {
      const query = prefixTsQuery(text);
      if (query !== null) expect(query).toMatch(/^[\p{L}\p{N}]+:\*( & [\p{L}\p{N}]+:\*)*$/u);
    }
  });
});
