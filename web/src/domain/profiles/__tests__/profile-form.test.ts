import { describe, expect, it } from 'vitest';
import type { ProfileFieldsFragment } from '../../../generated/graphql';
import {
  anchorOf,
  emptyProfileForm,
  formOfProfile,
  formPath,
  inputOf,
  localProblems,
  missingOfForm,
  sameForm,
  withAbility,
  withLimit,
  withNeeds,
  type ProfileForm,
} from '../profile-form';

const PROFILE: ProfileFieldsFragment = {
  id: 'p1',
  version: 3,
  status: 'DRAFT',
  pseudonym: 'C-7K3Q',
  updatedAt: '2026-12-01T10:00:00.000Z',
  summary: 'Kokenut astianpesijä.',
  hoursPerWeekMin: 8,
  hoursPerWeekMax: 12.5,
  municipalityCode: '091',
  maxCommuteKm: null,
  remoteOnly: false,
  languages: ['fi', 'en'],
  missingFields: [],
  availability: [{ day: 'MON', start: '08:00', end: '14:00' }],
  abilities: [{ experience: 2, taskType: { code: 'dishwashing' } }],
  restrictions: [{ maxLevel: 1, demand: { code: 'd4300' } }],
  accommodationNeeds: [
    { necessity: 'REQUIRED', accommodation: { code: 'env.quiet' } },
    { necessity: 'PREFERRED', accommodation: { code: 'sched.extra_breaks' } },
  ],
  client: { id: 'c1' },
};

function filled(overrides: Partial<ProfileForm> = {}): ProfileForm {
  return { ...formOfProfile(PROFILE), ...overrides };
}

describe('the profile form', () => {
  it('holds a loaded profile with numbers as text, and sends it back as it came', () => {
    const form = formOfProfile(PROFILE);
    expect(form.hoursPerWeekMax).toBe('12.5');
    expect(form.maxCommuteKm).toBe('');
    expect(form.limits).toEqual([{ demandCode: 'd4300', maxLevel: 1 }]);
    expect(form.needs[1]).toEqual({ accommodationCode: 'sched.extra_breaks', necessity: 'PREFERRED' });
    expect(inputOf(form)).toEqual({
      summary: 'Kokenut astianpesijä.',
      abilities: [{ taskTypeCode: 'dishwashing', experience: 2 }],
      restrictions: [{ demandCode: 'd4300', maxLevel: 1 }],
      accommodationNeeds: [
        { accommodationCode: 'env.quiet', necessity: 'REQUIRED' },
        { accommodationCode: 'sched.extra_breaks', necessity: 'PREFERRED' },
      ],
      hoursPerWeekMin: 8,
      hoursPerWeekMax: 12.5,
      availability: [{ day: 'MON', start: '08:00', end: '14:00' }],
      municipalityCode: '091',
      maxCommuteKm: null,
      remoteOnly: false,
      languages: ['fi', 'en'],
    });
  });

  it('reads numbers as people type them and trims the summary', () => {
    const input = inputOf(filled({ hoursPerWeekMin: ' 7,5 ', maxCommuteKm: '12,5', summary: '  Hyvä tyyppi.  ' }));
    expect(input.hoursPerWeekMin).toBe(7.5);
    expect(input.maxCommuteKm).toBe(12.5);
    expect(input.summary).toBe('Hyvä tyyppi.');
  });

  it('finds nothing wrong with a complete profile', () => {
    expect(localProblems(filled())).toEqual({});
  });

  it('lets a draft be saved with anything empty', () => {
    expect(localProblems(emptyProfileForm())).toEqual({});
    expect(inputOf(emptyProfileForm())).toMatchObject({
      summary: '',
      hoursPerWeekMin: null,
      hoursPerWeekMax: null,
      availability: [],
      municipalityCode: null,
    });
  });

  it('says everything missing at once, by the API field path, for a profile that must be complete', () => {
    expect(localProblems(emptyProfileForm(), true)).toEqual({
      summary: 'REQUIRED',
      municipalityCode: 'REQUIRED',
      hoursPerWeekMin: 'REQUIRED',
      hoursPerWeekMax: 'REQUIRED',
      availability: 'REQUIRED',
    });
    expect(localProblems(filled(), true)).toEqual({});
  });

  it('lists what is missing before activation in the API order', () => {
    expect(missingOfForm(emptyProfileForm())).toEqual([
      'summary',
      'hoursPerWeekMin',
      'hoursPerWeekMax',
      'availability',
      'municipalityCode',
    ]);
    expect(missingOfForm(filled({ hoursPerWeekMax: ' ', summary: '' }))).toEqual(['summary', 'hoursPerWeekMax']);
    expect(missingOfForm(filled())).toEqual([]);
  });

  it('shows a draft\'s unset hours and municipality (0 and "" from the API) as empty', () => {
    const form = formOfProfile({
      ...PROFILE,
      summary: '',
      hoursPerWeekMin: 0,
      hoursPerWeekMax: 20,
      municipalityCode: '',
      availability: [],
      missingFields: ['summary', 'hoursPerWeekMin', 'availability', 'municipalityCode'],
    });
    expect(form).toMatchObject({ hoursPerWeekMin: '', hoursPerWeekMax: '20', municipalityCode: null });
    expect(inputOf(form)).toMatchObject({ hoursPerWeekMin: null, hoursPerWeekMax: 20, municipalityCode: null });
  });

  it('says which numbers are not numbers and which times are wrong', () => {
    const problems = localProblems(
      filled({
        hoursPerWeekMin: 'kahdeksan',
        maxCommuteKm: '10 km',
        availability: [
          { day: 'MON', start: '10:00', end: '09:00' },
          { day: 'TUE', start: '08:00', end: '12:00' },
          { day: 'TUE', start: '11:00', end: '13:00' },
        ],
      }),
    );
    expect(problems).toEqual({
      hoursPerWeekMin: 'NOT_A_NUMBER',
      maxCommuteKm: 'NOT_A_NUMBER',
      'availability[0]': 'EMPTY_TIME_WINDOW',
      'availability[1]': 'OVERLAPPING_TIME_WINDOWS',
      'availability[2]': 'OVERLAPPING_TIME_WINDOWS',
    });
  });

  it('adds a kind of work and a limit once each, with a starting level', () => {
    let form = withAbility(emptyProfileForm(), 'cleaning');
    form = withAbility(form, 'cleaning');
    expect(form.abilities).toEqual([{ taskTypeCode: 'cleaning', experience: 1 }]);
    expect(withAbility(form, '')).toBe(form);
    form = withLimit(withLimit(form, 'd4300'), 'd4300');
    expect(form.limits).toEqual([{ demandCode: 'd4300', maxLevel: 1 }]);
  });

  it('keeps the necessity chosen for needs still ticked, and makes a newly ticked one required', () => {
    const needs = withNeeds(formOfProfile(PROFILE).needs, ['sched.extra_breaks', 'sup.instructor_onsite']);
    expect(needs).toEqual([
      { accommodationCode: 'sched.extra_breaks', necessity: 'PREFERRED' },
      { accommodationCode: 'sup.instructor_onsite', necessity: 'REQUIRED' },
    ]);
  });

  it('tells a changed form from the saved one', () => {
    expect(sameForm(filled(), formOfProfile(PROFILE))).toBe(true);
    expect(sameForm(filled({ summary: 'Toinen.' }), formOfProfile(PROFILE))).toBe(false);
  });

  it('maps the API field paths to the form and to the control that shows each problem', () => {
    expect(formPath('input.restrictions[0].maxLevel')).toBe('restrictions[0].maxLevel');
    expect(anchorOf('restrictions[2].maxLevel')).toBe('profile-limit-2');
    expect(anchorOf('availability[1]')).toBe('profile-availability-1-start');
    expect(anchorOf('availability')).toBe('profile-availability-add');
    expect(anchorOf('abilities[0].experience')).toBe('profile-ability-0-experience');
    expect(anchorOf('accommodationNeeds[3].accommodationCode')).toBe('profile-needs');
    expect(anchorOf('summary')).toBe('profile-summary');
    expect(anchorOf('hoursPerWeekMin')).toBe('profile-hoursPerWeekMin');
  });
});
