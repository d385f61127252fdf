import type { JobFieldsFragment, JobInput } from '../../generated/graphql';
import { parseNumber } from '../../shared/numbers';
import type { ScheduleWindow } from '../../shared/schedule/schedule';

export interface DemandForm {
  demandCode: string;
  level: number;
}

export interface TaskForm {
  /** A stable React key for the card; never sent. */
  key: string;
  taskTypeCode: string;
  description: string;
  modifiable: boolean;
  demands: DemandForm[];
}

/** What the editor holds: numbers as typed (a comma is a decimal sign), so that nothing typed is lost. */
export interface JobForm {
  title: string;
  description: string;
  municipalityCode: string | null;
  remotePossible: boolean;
  hoursPerWeekMin: string;
  hoursPerWeekMax: string;
  positions: string;
  hourlyWage: string;
  schedule: ScheduleWindow[];
  tasks: TaskForm[];
  accommodationCodes: string[];
}

let keys = 0;
export function newTaskKey(): string {
  keys += 1;
  return `task-${keys}`;
}

export function emptyJobForm(): JobForm {
  return {
    title: '',
    description: '',
    municipalityCode: null,
    remotePossible: false,
    hoursPerWeekMin: '',
    hoursPerWeekMax: '',
    positions: '1',
    hourlyWage: '',
    schedule: [],
    tasks: [],
    accommodationCodes: [],
  };
}

function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

export function formOfJob(job: JobFieldsFragment): JobForm {
  return {
    title: job.title,
    description: job.description,
    municipalityCode: job.municipalityCode,
    remotePossible: job.remotePossible,
    hoursPerWeekMin: numberText(job.hoursPerWeekMin),
    hoursPerWeekMax: numberText(job.hoursPerWeekMax),
    positions: numberText(job.positions),
    hourlyWage: numberText(job.hourlyWage),
    schedule: job.schedule.map(({ day, start, end }) => ({ day, start, end })),
    tasks: job.tasks.map((task) => ({
      key: newTaskKey(),
      taskTypeCode: task.taskType.code,
      description: task.description,
      modifiable: task.modifiable,
      demands: task.demands.map((d) => ({ demandCode: d.demand.code, level: d.level })),
    })),
    accommodationCodes: job.accommodations.map((a) => a.code),
  };
}

export { parseNumber };

/**
 * Problems the page finds before asking the API, by the API's field path, so that everything missing is said at
 * once: numbers it cannot send, and what is plainly left empty (the API checks the same and more, e.g. limits).
 */
export function localProblems(form: JobForm): Record<string, string> {
  const problems: Record<string, string> = {};
  if (form.title.trim() === '') problems.title = 'REQUIRED';
  if (form.description.trim() === '') problems.description = 'REQUIRED';
  if (!form.municipalityCode) problems.municipalityCode = 'REQUIRED';
  for (const field of ['hoursPerWeekMin', 'hoursPerWeekMax'] as const) {
    const value = parseNumber(form[field]);
    if (value === null) problems[field] = 'REQUIRED';
    else if (Number.isNaN(value)) problems[field] = 'NOT_A_NUMBER';
  }
  for (const field of ['positions', 'hourlyWage'] as const) {
    if (Number.isNaN(parseNumber(form[field]))) problems[field] = 'NOT_A_NUMBER';
  }
  const positions = parseNumber(form.positions);
  if (positions !== null && Number.isFinite(positions) && !Number.isInteger(positions))
    problems.positions = 'WRONG_TYPE';
  if (form.schedule.length === 0) problems.schedule = 'TOO_FEW';
  if (form.tasks.length === 0) problems.tasks = 'TOO_FEW';
  form.tasks.forEach((task, i) => {
    if (!task.taskTypeCode) problems[`tasks[${i}].taskTypeCode`] = 'REQUIRED';
    if (task.description.trim() === '') problems[`tasks[${i}].description`] = 'REQUIRED';
  });
  return problems;
}

/** The API's input for the form (call after localProblems found nothing). */
export function inputOf(form: JobForm): JobInput {
  const positions = parseNumber(form.positions);
  return {
    title: form.title,
    description: form.description,
    municipalityCode: form.municipalityCode ?? '',
    remotePossible: form.remotePossible,
    hoursPerWeekMin: parseNumber(form.hoursPerWeekMin) ?? 0,
    hoursPerWeekMax: parseNumber(form.hoursPerWeekMax) ?? 0,
    positions: positions ?? undefined,
    hourlyWage: parseNumber(form.hourlyWage),
    schedule: form.schedule,
    tasks: form.tasks.map((task) => ({
      taskTypeCode: task.taskTypeCode,
      description: task.description,
      modifiable: task.modifiable,
      demands: task.demands,
    })),
    accommodationCodes: form.accommodationCodes,
  };
}

/** The API names fields as input.tasks[0].description; the editor keys them without "input.". */
export function formPath(apiField: string): string {
  return apiField.replace(/^input\./, '');
}

/** Schedule problems of the API (schedule[2]) by window index. */
export function scheduleErrors(errors: Record<string, string>): Record<number, string> {
  const byIndex: Record<number, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^schedule\[(\d+)\]/.exec(path);
    if (match) byIndex[Number(match[1])] ??= message;
  }
  return byIndex;
}
