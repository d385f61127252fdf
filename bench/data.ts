/**
 * Seeded synthetic jobs and capacity profiles with believable distributions, built on the real taxonomies
 * (src/taxonomy/data): accommodations, ICF demands, task types with their typical demands, and Finland's 310
 * municipalities, drawn by population so the big cities get their share. The same seed gives the same data.
 */
import { Weekday, WEEKDAYS } from '../src/common/enums';
import type {
  JobRecord,
  OrdinalLookup,
  ProfileRecord,
  StoredAbility,
  StoredDemandLevel,
  StoredNeed,
  StoredRestriction,
  StoredTask,
  StoredWindow,
} from '../src/matching/encoding';
import { Geo } from '../src/matching/kernel';
import { ACCOMMODATIONS, DEMANDS, MUNICIPALITIES, TASK_TYPES } from '../src/taxonomy/data';

/** mulberry32: small, fast and seeded, so runs are comparable. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number lo..hi, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

/** Draws indices with given weights (cumulative sums and a binary search). */
export class Weighted {
  private readonly cumulative: Float64Array;

  constructor(weights: readonly number[]) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => (this.cumulative[i] = sum += w));
  }

  draw(random: Random): number {
    const x = random.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** `n` distinct indices (n is clamped to the number of items with a weight). */
  distinct(random: Random, n: number): number[] {
    const chosen = new Set<number>();
    for (let tries = 0; chosen.size < n && tries < n * 50; tries++) chosen.add(this.draw(random));
    return [...chosen];
  }
}

/** Taxonomy codes to kernel ordinals, from the data modules (the same rows the migration loads). */
export const TAXONOMY: OrdinalLookup & { geo(): Geo } = (() => {
  const byCode = <T extends { code: string }>(items: readonly T[]): Map<string, T> =>
    new Map(items.map((i) => [i.code, i]));
  const accommodations = byCode(ACCOMMODATIONS);
  const demands = byCode(DEMANDS);
  const taskTypes = byCode(TASK_TYPES);
  const municipalities = byCode(MUNICIPALITIES);
  return {
    accommodation: (code: string) => accommodations.get(code),
    demand: (code: string) => demands.get(code),
    taskType: (code: string) => taskTypes.get(code),
    municipality: (code: string) => municipalities.get(code),
    /** Centroids in ordinal order, as the worker builds its Geo from the municipality table. */
    geo: () =>
      new Geo(
        MUNICIPALITIES.map((m) => m.lat),
        MUNICIPALITIES.map((m) => m.lon),
      ),
  };
})();

/**
 * How often coordinators and employers pick each accommodation (relative weights; 1 when not listed). Schedule
 * flexibility, breaks, reduced pace and an instructor on site are common; sign language interpretation is rare.
 */
const ACCOMMODATION_WEIGHT: Record<string, number> = {
  'sched.flex_start': 8,
  'sched.short_shift': 6,
  'sched.fewer_days': 4,
  'sched.extra_breaks': 7,
  'sched.gradual_ramp': 5,
  'sched.leave_flex': 4,
  'task.reduced_pace': 5,
  'task.restructure': 2,
  'task.split_steps': 3,
  'task.single_task': 3,
  'task.routine': 4,
  'sup.instructor_onsite': 6,
  'sup.mentor': 3,
  'sup.checkins': 4,
  'info.written': 3,
  'info.visual': 2,
  'info.reminders': 2,
  'info.sign_lang': 0.3,
  'env.quiet': 4,
  'env.private_space': 1.5,
  'env.scent_free': 0.7,
  'acc.step_free': 1.5,
  'eq.ergonomic': 2,
};
const accommodationDraw = new Weighted(ACCOMMODATIONS.map((a) => ACCOMMODATION_WEIGHT[a.code] ?? 1));

/** Task types: cleaning, kitchen, sorting and packing work is the most common low-threshold work. */
const TASK_TYPE_WEIGHT: Record<string, number> = {
  office_cleaning: 6,
  dishwashing: 6,
  kitchen_help: 5,
  clearing_tables: 4,
  packing: 5,
  sorting: 4,
  recycling_sorting: 4,
  clothes_sorting: 3,
  outdoor_upkeep: 3,
  litter_picking: 3,
  shelf_stocking: 4,
  laundry: 3,
  senior_outdoor_walks: 3,
  senior_companionship: 3,
  reception: 2,
  data_entry: 2,
};
const taskTypeDraw = new Weighted(TASK_TYPES.map((t) => TASK_TYPE_WEIGHT[t.code] ?? 1));

/** Municipalities by population: Helsinki, Espoo, Tampere, Vantaa, Oulu and Turku get about a third. */
const municipalityDraw = new Weighted(MUNICIPALITIES.map((m) => m.population));

/** Limits other than lifting and standing that are common in the target group, with their usual maxLevel. */
const OTHER_LIMITS: readonly { demandCode: string; maxLevels: readonly number[] }[] = [
  { demandCode: 'b455', maxLevels: [1, 2] },
  { demandCode: 'b130', maxLevels: [1, 2] },
  { demandCode: 'b152', maxLevels: [1, 2, 3] },
  { demandCode: 'b140', maxLevels: [1, 2] },
  { demandCode: 'b280', maxLevels: [1, 2] },
  { demandCode: 'd240', maxLevels: [1, 2] },
  { demandCode: 'd720', maxLevels: [1, 2] },
  { demandCode: 'd450', maxLevels: [2, 3] },
  { demandCode: 'b134', maxLevels: [1] },
].filter((l) => TAXONOMY.demand(l.demandCode));

const WORKDAYS = WEEKDAYS.slice(0, 5);

function hhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * `days` weekday windows from `startMin`, long enough together for `hoursMin` (15-minute steps, ending by 24:00).
 */
function weekdayWindows(random: Random, days: number, startMin: number, lengthMin: number, hoursMin: number) {
  const chosen = random
    .shuffled(WORKDAYS)
    .slice(0, days)
    .sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const needed = Math.ceil((hoursMin * 60) / days / 15) * 15;
  const length = Math.min(Math.max(lengthMin, needed), 1440 - startMin);
  return chosen.map((day): StoredWindow => ({ day, start: hhmm(startMin), end: hhmm(startMin + length) }));
}

export interface BenchProfile extends ProfileRecord {
  summary: string;
  languages: string[];
  abilities: StoredAbility[];
  restrictions: StoredRestriction[];
  accommodationNeeds: StoredNeed[];
  availability: StoredWindow[];
}

export interface BenchTask extends StoredTask {
  description: string;
}

export interface BenchJob extends JobRecord {
  title: string;
  description: string;
  hourlyWage: number;
  tasks: BenchTask[];
  schedule: StoredWindow[];
  accommodationCodes: string[];
}

/** 0 needs 10 %, 1 28 %, 2 30 %, 3 20 %, 4 7 %, 5 3 %, 6 2 %: most people need one to three. */
const NEED_COUNT = new Weighted([10, 28, 30, 20, 7, 3, 2]);
const ABILITY_COUNT = new Weighted([0, 30, 30, 25, 15]);
const TASK_COUNT = new Weighted([0, 35, 35, 20, 10]);

export function generateProfile(random: Random): BenchProfile {
  const accommodationNeeds = accommodationDraw.distinct(random, NEED_COUNT.draw(random)).map((i): StoredNeed => ({
    accommodationCode: ACCOMMODATIONS[i].code,
    necessity: random.chance(1 / 3) ? 'REQUIRED' : 'PREFERRED',
  }));

  const restrictions: StoredRestriction[] = [];
  // A quarter have a lifting or standing limit (both for some).
  if (random.chance(0.25)) {
    const which = random.next();
    if (which < 0.55 || which >= 0.85) restrictions.push({ demandCode: 'd4300', maxLevel: random.pick([1, 1, 2]) });
    if (which >= 0.55) restrictions.push({ demandCode: 'd4154', maxLevel: random.pick([1, 2, 2]) });
  }
  const others = random.chance(0.4) ? random.int(1, 2) : 0;
  for (let i = 0; i < others; i++) {
    const limit = random.pick(OTHER_LIMITS);
    if (!restrictions.some((r) => r.demandCode === limit.demandCode)) {
      restrictions.push({ demandCode: limit.demandCode, maxLevel: random.pick(limit.maxLevels) });
    }
  }

  const interests = taskTypeDraw.distinct(random, ABILITY_COUNT.draw(random)).map((i) => TASK_TYPES[i]);
  const abilities = interests.map((type): StoredAbility => ({
    taskTypeCode: type.code,
    experience: random.pick([0, 0, 0, 1, 1, 1, 1, 2, 2, 2]),
  }));

  const hoursMin = random.int(10, 30) / 2;
  const hoursMax = Math.min(25, hoursMin + random.int(0, 20) / 2);
  const days = random.int(3, 5);
  const start = random.int(28, 48) * 15;
  const availability = weekdayWindows(random, days, start, random.int(12, 32) * 15, hoursMin);

  const remoteOnly = random.chance(0.03);
  const municipality = MUNICIPALITIES[municipalityDraw.draw(random)];
  return {
    summary:
      interests.length > 0
        ? `Kiinnostunut tehtävistä: ${interests.map((t) => t.label.fi.toLowerCase()).join(', ')}. ` +
          'Toivoo rauhallista työympäristöä.'
        : 'Haluaa kokeilla erilaisia kevyitä tehtäviä. Toivoo rauhallista työympäristöä.',
    abilities,
    restrictions,
    accommodationNeeds,
    hoursMin,
    hoursMax,
    availability,
    municipalityCode: municipality.code,
    maxCommuteKm: remoteOnly || random.chance(0.3) ? null : random.pick([5, 10, 15, 20, 25, 30, 40, 50, 80]),
    remoteOnly,
    languages: random.chance(0.85) ? ['fi'] : random.pick([['sv'], ['fi', 'en'], ['fi', 'sv'], ['en']]),
  };
}

export function generateJob(random: Random): BenchJob {
  const taskTypes = taskTypeDraw.distinct(random, TASK_COUNT.draw(random)).map((i) => TASK_TYPES[i]);
  const withShares = taskTypes.length > 1 && random.chance(0.4);
  let sharesLeft = 100;
  const tasks = taskTypes.map((type, i): BenchTask => {
    const demands: StoredDemandLevel[] = type.typicalDemands.map((d) => ({ demandCode: d.demand, level: d.level }));
    // An employer adjusts a typical level now and then.
    if (demands.length > 0 && random.chance(0.25)) {
      const d = random.pick(demands);
      d.level = Math.min(4, Math.max(1, d.level + random.pick([-1, 1])));
    }
    let hoursShare: number | null = null;
    if (withShares) {
      hoursShare = i === taskTypes.length - 1 ? sharesLeft : Math.min(sharesLeft - 5, random.int(2, 7) * 10);
      sharesLeft -= hoursShare;
    }
    return {
      taskTypeCode: type.code,
      description: `${type.label.fi}: perehdytys työhön, työ tehdään ohjatusti.`,
      modifiable: i > 0 ? random.chance(0.6) : random.chance(0.2),
      hoursShare: hoursShare !== null && hoursShare > 0 ? hoursShare : null,
      demands,
    };
  });

  const hoursMin = random.int(8, 15);
  const hoursMax = Math.min(30, hoursMin + random.int(0, 15));
  const days = random.chance(0.3) ? 4 : 5;
  const start = random.int(24, 40) * 15;
  const schedule = weekdayWindows(random, days, start, random.int(16, 32) * 15, hoursMin);
  if (random.chance(0.15)) schedule.push({ day: Weekday.SAT, start: '10:00', end: '14:00' });

  const municipality = MUNICIPALITIES[municipalityDraw.draw(random)];
  return {
    title: `${taskTypes[0].label.fi} (osa-aikainen)`,
    description: `Matalan kynnyksen osa-aikatyö: ${taskTypes.map((t) => t.label.fi.toLowerCase()).join(', ')}.`,
    hourlyWage: random.int(1100, 1500) / 100,
    accommodationCodes: accommodationDraw.distinct(random, random.int(2, 6)).map((i) => ACCOMMODATIONS[i].code),
    hoursMin,
    hoursMax,
    schedule,
    municipalityCode: municipality.code,
    remotePossible: random.chance(0.08),
    tasks,
  };
}

/**
 * Worst case for the kernel: every pair feasible and fully scored, nothing rejected early. Twenty tasks (the
 * most a job has) that all carry a demand the profile limits, so each takes the full conflict check; the last,
 * modifiable, is above the limit and is carved out, which keeps the pair feasible. The schedule uses all 21
 * words of the week, none of them full, against full-week availability.
 */
const WORST_LIMIT = 'b130';
const WORST_SCHEDULE: StoredWindow[] = WEEKDAYS.flatMap((day) =>
  ['00:15-07:45', '08:15-15:45', '16:15-23:45'].map((span): StoredWindow => {
    const [start, end] = span.split('-');
    return { day, start, end };
  }),
);

/** `n` worst-case jobs; they offer the same ten accommodations, so every profile's required ones are offered. */
export function worstCaseJobs(random: Random, n: number): BenchJob[] {
  const offered = accommodationDraw.distinct(random, 10).map((i) => ACCOMMODATIONS[i].code);
  return Array.from({ length: n }, () => {
    const job = generateJob(random);
    const types = random.shuffled(TASK_TYPES).slice(0, 20);
    return {
      ...job,
      accommodationCodes: offered,
      hoursMin: 10,
      hoursMax: 30,
      schedule: WORST_SCHEDULE,
      remotePossible: false,
      tasks: types.map((type, i) => ({
        taskTypeCode: type.code,
        description: type.label.fi,
        modifiable: i % 2 === 1 || i === 19,
        hoursShare: i < 10 ? 5 : null,
        demands: [
          ...type.typicalDemands
            .filter((d) => d.demand !== WORST_LIMIT)
            .map((d) => ({ demandCode: d.demand, level: d.level })),
          { demandCode: WORST_LIMIT, level: i === 19 ? 2 : 1 },
        ],
      })),
    };
  });
}

export function worstCaseProfile(random: Random, job: BenchJob): BenchProfile {
  const profile = generateProfile(random);
  const offered = job.accommodationCodes;
  return {
    ...profile,
    accommodationNeeds: [
      { accommodationCode: offered[0], necessity: 'REQUIRED' },
      { accommodationCode: offered[1], necessity: 'REQUIRED' },
      ...accommodationDraw
        .distinct(random, 4)
        .map((i) => ACCOMMODATIONS[i].code)
        .filter((code) => code !== offered[0] && code !== offered[1])
        .map((code): StoredNeed => ({ accommodationCode: code, necessity: 'PREFERRED' })),
    ],
    restrictions: [{ demandCode: WORST_LIMIT, maxLevel: 1 }],
    abilities: job.tasks
      .filter(() => random.chance(0.4))
      .map((t) => ({ taskTypeCode: t.taskTypeCode, experience: random.int(0, 2) })),
    hoursMin: 5,
    hoursMax: 25,
    availability: WEEKDAYS.map((day) => ({ day, start: '00:00', end: '24:00' })),
    maxCommuteKm: null,
    remoteOnly: false,
  };
}
