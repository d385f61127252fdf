import type { Stack } from '../utils/stack';

export interface TimeWindow {
  day: string;
  start: string;
  end: string;
}

export interface JobTaskInput {
  taskTypeCode: string;
  description: string;
  demands?: { demandCode: string; level: number }[] | null;
  modifiable: boolean;
  hoursShare?: number | null;
}

export interface JobInput {
  title: string;
  description: string;
  municipalityCode: string;
  remotePossible?: boolean | null;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  schedule: TimeWindow[];
  tasks: JobTaskInput[];
  accommodationCodes: string[];
  hourlyWage?: number | null;
  positions?: number | null;
}

export interface CreatedJob {
  id: string;
  version: number;
  tasks: { id: string }[];
}

export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI'] as const;

/**
 * A valid job: dishwashing in a Helsinki lunch restaurant, MON–FRI 09:00–13:00, 10–20 h a week, an essential
 * task with the task type's typical demands and a modifiable one with its own.
 */
export function jobInput(overrides: Partial<JobInput> = {}): JobInput {
  return {
    title: 'Astianpesijä lounasravintolaan',
    description: 'Kevyttä astianpesua ja pöytien siistimistä lounasaikaan. Perehdytys työhön.',
    municipalityCode: '091',
    hoursPerWeekMin: 10,
    hoursPerWeekMax: 20,
    schedule: WEEKDAYS.map((day) => ({ day, start: '09:00', end: '13:00' })),
    tasks: [
      {
        taskTypeCode: 'dishwashing',
        description: 'Astioiden pesu astianpesukoneella',
        modifiable: false,
        hoursShare: 70,
      },
      {
        taskTypeCode: 'clearing_tables',
        description: 'Pöytien pyyhintä ja astioiden keruu',
        modifiable: true,
        hoursShare: 30,
        demands: [
          { demandCode: 'd4154', level: 2 },
          { demandCode: 'd450', level: 2 },
        ],
      },
    ],
    accommodationCodes: ['sched.flex_start', 'sup.instructor_onsite', 'info.visual'],
    hourlyWage: 11.5,
    ...overrides,
  };
}

const CREATE = `mutation($input: JobInput!) { createJob(input: $input) { id version tasks { id } } }`;
const PUBLISH = `mutation($id: ID!) { publishJob(id: $id) { id version status publishedAt } }`;

export async function createJob(stack: Stack, token: string, overrides: Partial<JobInput> = {}): Promise<CreatedJob> {
  const data = await stack.ok<{ createJob: CreatedJob }>(CREATE, { input: jobInput(overrides) }, { token });
  return data.createJob;
}

export async function publishJob(
  stack: Stack,
  token: string,
  id: string,
): Promise<{ id: string; version: number; status: string; publishedAt: string }> {
  const data = await stack.ok<{ publishJob: { id: string; version: number; status: string; publishedAt: string } }>(
    PUBLISH,
    { id },
    { token },
  );
  return data.publishJob;
}
