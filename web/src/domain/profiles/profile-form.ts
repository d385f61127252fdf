import type { Necessity, ProfileFieldsFragment, ProfileInput } from '../../generated/graphql';
import { parseNumber } from '../../shared/numbers';
import { windowProblems, type ScheduleWindow } from '../../shared/schedule/schedule';

/** How much a person has done a kind of task: 0 interested but untried, 1 some experience, 2 experienced. */
export const EXPERIENCE_LEVELS = [0, 1, 2] as const;

export interface AbilityForm {
  taskTypeCode: string;
  experience: number;
}

/** A functional limit: the most the person can manage of one demand, on its 0–4 scale. */
export interface LimitForm {
  demandCode: string;
  maxLevel: number;
}

export interface NeedForm {
  accommodationCode: string;
  necessity: Necessity;
}

/** What the profile editor holds: numbers as typed (a comma is a decimal sign), so that nothing typed is lost. */
export interface ProfileForm {
  abilities: AbilityForm[];
  limits: LimitForm[];
  needs: NeedForm[];
  hoursPerWeekMin: string;
  hoursPerWeekMax: string;
  availability: ScheduleWindow[];
  municipalityCode: string | null;
  maxCommuteKm: string;
  remoteOnly: boolean;
  /** ISO 639-1 codes, in the order chosen. */
  languages: string[];
  summary: string;
}

export function emptyProfileForm(): ProfileForm {
  return {
    abilities: [],
    limits: [],
    needs: [],
    hoursPerWeekMin: '',
    hoursPerWeekMax: '',
    availability: [],
    municipalityCode: null,
    maxCommuteKm: '',
    remoteOnly: false,
    languages: ['fi'],
    summary: '',
  };
}

function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The fields a profile needs before it can be activated, in the API's order (its missingFields). */
export const ACTIVATION_FIELDS = [
  'summary',
  'hoursPerWeekMin',
  'hoursPerWeekMax',
  'availability',
  'municipalityCode',
] as const;
export type ActivationField = (typeof ACTIVATION_FIELDS)[number];

/** What the form lacks before activation, as the API counts it (a number typed wrong counts as given). */
export function missingOfForm(form: ProfileForm): ActivationField[] {
  return ACTIVATION_FIELDS.filter((field) => {
    if (field === 'summary') return form.summary.trim() === '';
    if (field === 'availability') return form.availability.length === 0;
    if (field === 'municipalityCode') return !form.municipalityCode;
    return form[field].trim() === '';
  });
}

export function formOfProfile(profile: ProfileFieldsFragment): ProfileForm {
  // A draft's unset hours and municipality come as 0 and "" (missingFields names them): the form shows them empty.
  const unset = (field: ActivationField) => profile.missingFields.includes(field);
  return {
    abilities: profile.abilities.map((a) => ({ taskTypeCode: a.taskType.code, experience: a.experience })),
    limits: profile.restrictions.map((r) => ({ demandCode: r.demand.code, maxLevel: r.maxLevel })),
    needs: profile.accommodationNeeds.map((n) => ({
      accommodationCode: n.accommodation.code,
      necessity: n.necessity,
    })),
    hoursPerWeekMin: unset('hoursPerWeekMin') ? '' : numberText(profile.hoursPerWeekMin),
    hoursPerWeekMax: unset('hoursPerWeekMax') ? '' : numberText(profile.hoursPerWeekMax),
    availability: profile.availability.map(({ day, start, end }) => ({ day, start, end })),
    municipalityCode: unset('municipalityCode') || profile.municipalityCode === '' ? null : profile.municipalityCode,
    maxCommuteKm: numberText(profile.maxCommuteKm),
    remoteOnly: profile.remoteOnly,
    languages: [...profile.languages],
    summary: profile.summary,
  };
}

/** Whether two forms hold the same content (what would be saved), for "unsaved changes". */
export function sameForm(a: ProfileForm, b: ProfileForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Problems the page finds before asking the API, by the API's field path (without "input."), so that everything
 * missing is said at once. The API checks the same and more (limits, hours against times, the summary's privacy).
 * A draft may leave anything empty; with `complete` (a profile that is not a draft) the fields activation needs
 * are REQUIRED.
 */
export function localProblems(form: ProfileForm, complete = false): Record<string, string> {
  const problems: Record<string, string> = {};
  if (complete) for (const field of missingOfForm(form)) problems[field] = 'REQUIRED';
  for (const field of ['hoursPerWeekMin', 'hoursPerWeekMax'] as const) {
    if (Number.isNaN(parseNumber(form[field]))) problems[field] = 'NOT_A_NUMBER';
  }
  if (Number.isNaN(parseNumber(form.maxCommuteKm))) problems.maxCommuteKm = 'NOT_A_NUMBER';
  windowProblems(form.availability).forEach((problem, i) => {
    if (problem)
      problems[`availability[${i}]`] = problem === 'OVERLAP' ? 'OVERLAPPING_TIME_WINDOWS' : 'EMPTY_TIME_WINDOW';
  });
  return problems;
}

/** The API's input for the form (call after localProblems found nothing). */
export function inputOf(form: ProfileForm): ProfileInput {
  return {
    summary: form.summary.trim(),
    abilities: form.abilities.map((a) => ({ taskTypeCode: a.taskTypeCode, experience: a.experience })),
    restrictions: form.limits.map((l) => ({ demandCode: l.demandCode, maxLevel: l.maxLevel })),
    accommodationNeeds: form.needs.map((n) => ({ accommodationCode: n.accommodationCode, necessity: n.necessity })),
    hoursPerWeekMin: parseNumber(form.hoursPerWeekMin),
    hoursPerWeekMax: parseNumber(form.hoursPerWeekMax),
    availability: form.availability.map(({ day, start, end }) => ({ day, start, end })),
    municipalityCode: form.municipalityCode,
    maxCommuteKm: parseNumber(form.maxCommuteKm),
    remoteOnly: form.remoteOnly,
    languages: form.languages,
  };
}

/** The API names fields as input.restrictions[0].maxLevel; the editor keys them without "input.". */
export function formPath(apiField: string): string {
  return apiField.replace(/^input\./, '');
}

/**
 * Where the editor shows a field's problem: the API's `restrictions` are the page's limits, and a problem inside a
 * list item is shown at that item's control.
 */
export function anchorOf(path: string): string {
  const item = /^(\w+)\[(\d+)\]/.exec(path);
  if (item) {
    const [, list, index] = item;
    if (list === 'availability') return `profile-availability-${index}-start`;
    if (list === 'abilities') return `profile-ability-${index}-experience`;
    if (list === 'restrictions') return `profile-limit-${index}`;
    if (list === 'accommodationNeeds') return 'profile-needs';
    if (list === 'languages') return 'profile-languages';
  }
  if (path === 'availability') return 'profile-availability-add';
  if (path === 'abilities') return 'profile-ability-type';
  if (path === 'restrictions') return 'profile-limit-add';
  if (path === 'accommodationNeeds') return 'profile-needs';
  if (path === 'languages') return 'profile-languages';
  return `profile-${path}`;
}

/** Adds a kind of task once (a second time changes nothing); new abilities start as "some experience". */
export function withAbility(form: ProfileForm, taskTypeCode: string): ProfileForm {
  if (!taskTypeCode || form.abilities.some((a) => a.taskTypeCode === taskTypeCode)) return form;
  return { ...form, abilities: [...form.abilities, { taskTypeCode, experience: 1 }] };
}

/** Adds a limit once; a new limit starts at 1 ("a little"), the coordinator sets it with the person. */
export function withLimit(form: ProfileForm, demandCode: string): ProfileForm {
  if (!demandCode || form.limits.some((l) => l.demandCode === demandCode)) return form;
  return { ...form, limits: [...form.limits, { demandCode, maxLevel: 1 }] };
}

/**
 * The accommodation needs after ticking or unticking one: a ticked one is REQUIRED until the coordinator says it
 * is only preferred; the necessity already chosen is kept for the ones still ticked.
 */
export function withNeeds(needs: readonly NeedForm[], codes: readonly string[]): NeedForm[] {
  const byCode = new Map(needs.map((n) => [n.accommodationCode, n]));
  return codes.map((code) => byCode.get(code) ?? { accommodationCode: code, necessity: 'REQUIRED' });
}
