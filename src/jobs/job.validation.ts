import { FieldProblems } from '../common/errors/domain-error';
import { checkWindows, sortWindows, weeklyHours } from '../common/schedule/time-window';
import type { JobRecord, StoredDemandLevel, StoredTask, StoredWindow } from '../matching/encoding';
import type { JobInput } from './dto/job.input';

/** Bounds of a job's input. The DTO checks each field against them; checkJobInput checks what spans fields. */
export const JOB_LIMITS = {
  titleMax: 200,
  descriptionMax: 5000,
  taskDescriptionMax: 1000,
  tasksMax: 20,
  demandsPerTaskMax: 30,
  levelMax: 4,
  scheduleMax: 21,
  accommodationsMax: 27,
  hoursPerWeekMax: 40,
  hoursShareTotalMax: 100,
  positionsMax: 100,
  hourlyWageMax: 1000,
  filterTextMax: 200,
} as const;

/** The taxonomy lookups a job's input is checked against (TaxonomyService has them). */
export interface JobTaxonomy {
  accommodation(code: string): { ordinal: number } | undefined;
  demand(code: string): { ordinal: number } | undefined;
  taskType(code: string): { ordinal: number; typicalDemands: readonly StoredDemandLevel[] } | undefined;
  municipality(code: string): { ordinal: number } | undefined;
}

export interface CheckedTask extends StoredTask {
  description: string;
}

/** A job's input once checked, in its stored form: defaults applied, lists in a canonical order. */
export interface CheckedJob extends JobRecord {
  title: string;
  description: string;
  hourlyWage: number | null;
  positions: number;
  schedule: StoredWindow[];
  accommodationCodes: string[];
  tasks: CheckedTask[];
}

/** The input's own shape problems are the ValidationPipe's; this is what it cannot see from one field. */
export type JobInputShape = Pick<
  JobInput,
  | 'title'
  | 'description'
  | 'municipalityCode'
  | 'remotePossible'
  | 'hoursPerWeekMin'
  | 'hoursPerWeekMax'
  | 'schedule'
  | 'tasks'
  | 'accommodationCodes'
  | 'hourlyWage'
  | 'positions'
>;

const hours = (value: number): string => String(Math.round(value * 100) / 100);

/**
 * Checks a job's input against the taxonomy and across fields, and returns it in stored form. Throws one
 * BAD_USER_INPUT naming every problem, with paths under `field` (input.tasks[1].demands[0].demandCode).
 */
export function checkJobInput(input: JobInputShape, taxonomy: JobTaxonomy, field = 'input'): CheckedJob {
  const problems = new FieldProblems();

  if (!taxonomy.municipality(input.municipalityCode)) {
    problems.add(`${field}.municipalityCode`, 'is not a known municipality code', 'UNKNOWN_CODE');
  }
  if (input.hoursPerWeekMin > input.hoursPerWeekMax) {
    problems.add(`${field}.hoursPerWeekMin`, 'must not be more than hoursPerWeekMax', 'MIN_ABOVE_MAX');
  }

  const windowProblems = problems.count;
  checkWindows(input.schedule, `${field}.schedule`, problems);
  if (problems.count === windowProblems) {
    const offered = weeklyHours(input.schedule);
    if (offered < input.hoursPerWeekMin) {
      problems.add(
        `${field}.schedule`,
        `offers ${hours(offered)} hours a week, fewer than hoursPerWeekMin (${hours(input.hoursPerWeekMin)})`,
        'INCONSISTENT',
      );
    }
  }

  const seenAccommodations = new Set<string>();
  input.accommodationCodes.forEach((code, i) => {
    if (!taxonomy.accommodation(code))
      problems.add(`${field}.accommodationCodes[${i}]`, 'is not a known accommodation code', 'UNKNOWN_CODE');
    else if (seenAccommodations.has(code))
      problems.add(`${field}.accommodationCodes[${i}]`, 'is listed twice', 'DUPLICATE');
    seenAccommodations.add(code);
  });

  const tasks = input.tasks.map((task, i): CheckedTask => {
    const at = `${field}.tasks[${i}]`;
    const taskType = taxonomy.taskType(task.taskTypeCode);
    if (!taskType) problems.add(`${at}.taskTypeCode`, 'is not a known task type code', 'UNKNOWN_CODE');
    let demands: StoredDemandLevel[];
    if (task.demands) {
      const seen = new Set<string>();
      task.demands.forEach((d, j) => {
        if (!taxonomy.demand(d.demandCode))
          problems.add(`${at}.demands[${j}].demandCode`, 'is not a known demand code', 'UNKNOWN_CODE');
        else if (seen.has(d.demandCode))
          problems.add(`${at}.demands[${j}].demandCode`, 'appears twice in this task', 'DUPLICATE');
        seen.add(d.demandCode);
      });
      demands = task.demands.map((d) => ({ demandCode: d.demandCode, level: d.level }));
    } else {
      demands = (taskType?.typicalDemands ?? []).map((d) => ({ demandCode: d.demandCode, level: d.level }));
    }
    return {
      taskTypeCode: task.taskTypeCode,
      description: task.description,
      modifiable: task.modifiable,
      hoursShare: task.hoursShare ?? null,
      demands,
    };
  });
  const shares = tasks.reduce((sum, t) => sum + (t.hoursShare ?? 0), 0);
  if (shares > JOB_LIMITS.hoursShareTotalMax) {
    problems.add(
      `${field}.tasks`,
      `the hoursShare of the tasks add up to ${shares} %; together they can be at most ${JOB_LIMITS.hoursShareTotalMax} %`,
      'TOO_LARGE',
    );
  }

  problems.throwIfAny();

  const byOrdinal =
    <T>(lookup: (item: T) => { ordinal: number } | undefined) =>
    (a: T, b: T): number =>
      (lookup(a)?.ordinal ?? 0) - (lookup(b)?.ordinal ?? 0);
  for (const task of tasks) task.demands.sort(byOrdinal((d: StoredDemandLevel) => taxonomy.demand(d.demandCode)));
  return {
    title: input.title,
    description: input.description,
    municipalityCode: input.municipalityCode,
    remotePossible: input.remotePossible ?? false,
    hoursMin: input.hoursPerWeekMin,
    hoursMax: input.hoursPerWeekMax,
    schedule: sortWindows(input.schedule).map((w) => ({ day: w.day, start: w.start, end: w.end })),
    accommodationCodes: [...input.accommodationCodes].sort(byOrdinal((code: string) => taxonomy.accommodation(code))),
    hourlyWage: input.hourlyWage ?? null,
    positions: input.positions ?? 1,
    tasks,
  };
}

/** What text search looks through: title, description and every task's description. */
export function searchTextOf(job: Pick<CheckedJob, 'title' | 'description' | 'tasks'>): string {
  return [job.title, job.description, ...job.tasks.map((t) => t.description)].join('\n');
}

/** Most words a search uses; the filter text is at most JOB_LIMITS.filterTextMax characters anyway. */
const SEARCH_WORDS_MAX = 20;

/**
 * A tsquery that finds every word of `text` as a prefix ("siivo" finds "siivous"), or null when the text has no
 * words. Only letters and digits survive, so tsquery syntax in the text (& | ! ( ) : * ') never reaches Postgres.
 */
export function prefixTsQuery(text: string): string | null {
  const words = [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, SEARCH_WORDS_MAX);
  return words.length > 0 ? words.map((word) => `${word}:*`).join(' & ') : null;
}
