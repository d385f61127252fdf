import { describe, expect, it } from '@jest/globals';
import { Weekday } from '../common/enums';
import { BadInputError } from '../common/errors/domain-error';
import type { OrdinalLookup } from '../matching/encoding';
import { Necessity } from './profile.enums';
import { checkProfileInput, type ProfileInputShape } from './profile-validation';

const lookup = (codes: string[]) => (code: string) => {
  const ordinal = codes.indexOf(code);
  return ordinal >= 0 ? { ordinal } : undefined;
};
const taxonomy: OrdinalLookup = {
  taskType: lookup(['dishwashing', 'packing', 'gardening']),
  demand: lookup(['b130', 'd4300', 'd450']),
  accommodation: lookup(['sched.extra_breaks', 'env.quiet', 'acc.remote']),
  municipality: lookup(['091', '049']),
};
const identity = { displayName: 'Maija Meikäläinen', contactEmail: 'maija@example.fi' };

function input(overrides: Partial<ProfileInputShape> = {}): ProfileInputShape {
  return {
    summary: 'Kokenut astianpesijä.',
    abilities: [{ taskTypeCode: 'dishwashing', experience: 2 }],
    restrictions: [{ demandCode: 'd4300', maxLevel: 1 }],
    accommodationNeeds: [{ accommodationCode: 'env.quiet', necessity: Necessity.REQUIRED }],
    hoursPerWeekMin: 8,
    hoursPerWeekMax: 20,
    availability: [Weekday.MON, Weekday.TUE].map((day) => ({ day, start: '08:00', end: '14:00' })),
    municipalityCode: '091',
    ...overrides,
  };
}

function problems(overrides: Partial<ProfileInputShape>): { field: string; message: string }[] {
  try {
    checkProfileInput(input(overrides), taxonomy, identity);
    return [];
  } catch (error) {
    if (!(error instanceof BadInputError)) throw error;
    return error.fields;
  }
}
const fields = (overrides: Partial<ProfileInputShape>): string[] => problems(overrides).map((p) => p.field);

describe('checkProfileInput', () => {
  it('returns the stored form: trimmed, defaults applied, lists in taxonomy and week order', () => {
    const checked = checkProfileInput(
      input({
        summary: '  Kokenut astianpesijä.  ',
        abilities: [
          { taskTypeCode: 'gardening', experience: 0 },
          { taskTypeCode: 'dishwashing', experience: 2 },
        ],
        restrictions: [
          { demandCode: 'd450', maxLevel: 2 },
          { demandCode: 'b130', maxLevel: 0 },
        ],
        accommodationNeeds: [
          { accommodationCode: 'acc.remote', necessity: Necessity.PREFERRED },
          { accommodationCode: 'sched.extra_breaks', necessity: Necessity.REQUIRED },
        ],
        availability: [
          { day: Weekday.FRI, start: '08:00', end: '12:00' },
          { day: Weekday.MON, start: '13:00', end: '15:00' },
          { day: Weekday.MON, start: '08:00', end: '12:00' },
        ],
        languages: ['sv', 'fi'],
      }),
      taxonomy,
      identity,
    );
    expect(checked).toEqual({
      summary: 'Kokenut astianpesijä.',
      abilities: [
        { taskTypeCode: 'dishwashing', experience: 2 },
        { taskTypeCode: 'gardening', experience: 0 },
      ],
      restrictions: [
        { demandCode: 'b130', maxLevel: 0 },
        { demandCode: 'd450', maxLevel: 2 },
      ],
      accommodationNeeds: [
        { accommodationCode: 'sched.extra_breaks', necessity: 'REQUIRED' },
        { accommodationCode: 'acc.remote', necessity: 'PREFERRED' },
      ],
      hoursMin: 8,
      hoursMax: 20,
      availability: [
        { day: 'MON', start: '08:00', end: '12:00' },
        { day: 'MON', start: '13:00', end: '15:00' },
        { day: 'FRI', start: '08:00', end: '12:00' },
      ],
      municipalityCode: '091',
      maxCommuteKm: null,
      remoteOnly: false,
      languages: ['sv', 'fi'],
    });
  });

  it('accepts the edges of every range', () => {
    expect(
      problems({
        summary: 'x'.repeat(2000),
        abilities: [
          { taskTypeCode: 'dishwashing', experience: 0 },
          { taskTypeCode: 'packing', experience: 2 },
        ],
        restrictions: [
          { demandCode: 'b130', maxLevel: 0 },
          { demandCode: 'd450', maxLevel: 4 },
        ],
        hoursPerWeekMin: 0.25,
        hoursPerWeekMax: 40,
        maxCommuteKm: 0,
        languages: ['fi', 'sv', 'en', 'ru', 'et', 'so', 'ar', 'fa', 'uk', 'de'],
      }),
    ).toEqual([]);
    expect(problems({ hoursPerWeekMin: 12, hoursPerWeekMax: 12, maxCommuteKm: 500 })).toEqual([]);
  });

  it('names each bad item by its path', () => {
    expect(
      fields({
        abilities: [
          { taskTypeCode: 'dishwashing', experience: -1 },
          { taskTypeCode: 'dishwashing', experience: 1 },
          { taskTypeCode: 'welding', experience: 1.5 },
        ],
        restrictions: [
          { demandCode: 'd4300', maxLevel: 4.5 },
          { demandCode: 'b999', maxLevel: -1 },
        ],
        accommodationNeeds: [
          { accommodationCode: 'env.quiet', necessity: Necessity.REQUIRED },
          { accommodationCode: 'env.quiet', necessity: Necessity.PREFERRED },
        ],
        languages: ['fin', 'f', 'Fi', 'sv', 'sv'],
      }),
    ).toEqual([
      'input.abilities[0].experience',
      'input.abilities[1].taskTypeCode',
      'input.abilities[2].taskTypeCode',
      'input.abilities[2].experience',
      'input.restrictions[0].maxLevel',
      'input.restrictions[1].demandCode',
      'input.restrictions[1].maxLevel',
      'input.accommodationNeeds[1].accommodationCode',
      'input.languages[0]',
      'input.languages[1]',
      'input.languages[2]',
      'input.languages[4]',
    ]);
  });

  it('checks the hours, both ends and against each other', () => {
    expect(problems({ hoursPerWeekMin: 0 })).toEqual([
      {
        field: 'input.hoursPerWeekMin',
        message: 'must be more than 0, with at most 2 decimals',
        reason: 'OUT_OF_RANGE',
      },
    ]);
    expect(problems({ hoursPerWeekMin: -3, hoursPerWeekMax: 40.5 })).toEqual([
      {
        field: 'input.hoursPerWeekMin',
        message: 'must be more than 0, with at most 2 decimals',
        reason: 'OUT_OF_RANGE',
      },
      {
        field: 'input.hoursPerWeekMax',
        message: 'must be at most 40, with at most 2 decimals',
        reason: 'OUT_OF_RANGE',
      },
    ]);
    expect(problems({ hoursPerWeekMin: 10, hoursPerWeekMax: 9 })).toEqual([
      { field: 'input.hoursPerWeekMin', message: 'must not be more than hoursPerWeekMax', reason: 'MIN_ABOVE_MAX' },
    ]);
  });

  it('takes 0 to 21 valid windows (none in a draft) offering at least the minimum hours', () => {
    expect(problems({ availability: [] })).toEqual([]);
    const many = Array.from({ length: 22 }, (_, i) => ({
      day: Weekday.SAT,
      start: `${String(i).padStart(2, '0')}:00`,
      end: `${String(i).padStart(2, '0')}:30`,
    }));
    expect(fields({ availability: many })).toEqual(['input.availability']);
    expect(problems({ availability: [{ day: Weekday.MON, start: '08:00', end: '15:45' }] })).toEqual([
      {
        field: 'input.availability',
        message: 'offers 7.75 hours a week, fewer than hoursPerWeekMin (8)',
        reason: 'INCONSISTENT',
      },
    ]);
    // Overlapping windows are reported as such, not summed into hours.
    expect(
      problems({
        availability: [
          { day: Weekday.MON, start: '08:00', end: '12:00' },
          { day: Weekday.MON, start: '09:00', end: '10:00' },
        ],
      }),
    ).toEqual([
      { field: 'input.availability[1]', message: 'overlaps another window on MON', reason: 'OVERLAPPING_TIME_WINDOWS' },
    ]);
  });

  it('reports an over-long list once instead of item by item', () => {
    const abilities = Array.from({ length: 65 }, () => ({ taskTypeCode: 'welding', experience: 9 }));
    expect(problems({ abilities })).toEqual([
      { field: 'input.abilities', message: 'must have at most 64 abilities', reason: 'TOO_MANY' },
    ]);
    const languages = Array.from({ length: 11 }, () => 'fi');
    expect(problems({ languages })).toEqual([
      { field: 'input.languages', message: 'must have at most 10 languages', reason: 'TOO_MANY' },
    ]);
    expect(fields({ restrictions: Array.from({ length: 31 }, () => ({ demandCode: 'b130', maxLevel: 1 })) })).toEqual([
      'input.restrictions',
    ]);
    expect(
      fields({
        accommodationNeeds: Array.from({ length: 28 }, () => ({
          accommodationCode: 'env.quiet',
          necessity: Necessity.REQUIRED,
        })),
      }),
    ).toEqual(['input.accommodationNeeds']);
  });

  it('checks the summary length and privacy, the municipality and the commute', () => {
    expect(
      problems({ summary: 'x'.repeat(2001), municipalityCode: '999', maxCommuteKm: 500.5, remoteOnly: true }).map(
        (p) => p.field,
      ),
    ).toEqual(['input.summary', 'input.municipalityCode', 'input.maxCommuteKm']);
    expect(problems({ summary: 'x'.repeat(2001) })).toEqual([
      { field: 'input.summary', message: 'must be 1 to 2000 characters', reason: 'LENGTH_OUT_OF_RANGE' },
    ]);
    expect(problems({ summary: 'Maija, puh. 040 1234 567' })).toEqual([
      {
        field: 'input.summary',
        message: 'must not identify the person: it contains a phone number (7 or more digits)',
        reason: 'IDENTIFYING_TEXT',
        kind: 'PHONE',
      },
      {
        field: 'input.summary',
        message: "must not identify the person: it contains the client's name",
        reason: 'IDENTIFYING_TEXT',
        kind: 'NAME',
      },
    ]);
    // Characters are code points: 2,000 emoji (4,000 UTF-16 units) fit, 2,001 do not.
    expect(problems({ summary: '\u{1F600}'.repeat(2000) })).toEqual([]);
    expect(problems({ summary: '\u{1F600}'.repeat(2001) }).map((p) => p.message)).toEqual([
      'must be 1 to 2000 characters',
    ]);
    expect(fields({ maxCommuteKm: -0.5 })).toEqual(['input.maxCommuteKm']);
  });

  it('takes a draft with anything empty, and still checks what is given', () => {
    const empty = {
      summary: '',
      hoursPerWeekMin: null,
      hoursPerWeekMax: undefined,
      availability: [],
      municipalityCode: null,
    };
    const checked = checkProfileInput(input(empty), taxonomy, identity);
    expect(checked).toMatchObject({
      summary: '',
      hoursMin: null,
      hoursMax: null,
      availability: [],
      municipalityCode: null,
    });
    expect(problems({ ...empty, summary: '   ' })).toEqual([]);
    expect(problems({ ...empty, hoursPerWeekMin: 0 })).toEqual([
      {
        field: 'input.hoursPerWeekMin',
        message: 'must be more than 0, with at most 2 decimals',
        reason: 'OUT_OF_RANGE',
      },
    ]);
    expect(fields({ ...empty, hoursPerWeekMax: 41 })).toEqual(['input.hoursPerWeekMax']);
    expect(fields({ ...empty, municipalityCode: '999' })).toEqual(['input.municipalityCode']);
    expect(fields({ ...empty, summary: 'Maija osaa' })).toEqual(['input.summary']);
    // A minimum without a maximum is not compared; windows are still checked against the minimum.
    expect(problems({ ...empty, hoursPerWeekMin: 30 })).toEqual([]);
    expect(
      problems({ ...empty, hoursPerWeekMin: 30, availability: [{ day: Weekday.MON, start: '08:00', end: '12:00' }] }),
    ).toEqual([
      {
        field: 'input.availability',
        message: 'offers 4 hours a week, fewer than hoursPerWeekMin (30)',
        reason: 'INCONSISTENT',
      },
    ]);
  });

  it('refuses each missing field as REQUIRED when the profile must be complete', () => {
    const check = (overrides: Partial<ProfileInputShape>) => {
      try {
        checkProfileInput(input(overrides), taxonomy, identity, 'input', [40, 60], true);
        return [];
      } catch (error) {
        if (!(error instanceof BadInputError)) throw error;
        return error.fields.map((p) => `${p.field} ${p.reason}`);
      }
    };
    expect(check({})).toEqual([]);
    expect(
      check({ summary: ' ', hoursPerWeekMin: null, hoursPerWeekMax: null, availability: [], municipalityCode: null }),
    ).toEqual([
      'input.summary REQUIRED',
      'input.hoursPerWeekMin REQUIRED',
      'input.hoursPerWeekMax REQUIRED',
      'input.availability REQUIRED',
      'input.municipalityCode REQUIRED',
    ]);
    expect(check({ hoursPerWeekMax: null })).toEqual(['input.hoursPerWeekMax REQUIRED']);
  });
});
