/**
 * The demo's people and work: five employers of the kinds the Helsinki Jobcenter works with, two service
 * providers, fifteen part-time jobs with modifiable tasks, and forty made-up clients with varied capacity profiles.
 * Every name here is invented.
 */

export const DEMO_PASSWORD = 'jobcenter-demo';

type Day = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN';
const WEEKDAYS: Day[] = ['MON', 'TUE', 'WED', 'THU', 'FRI'];

export interface DemoTask {
  taskTypeCode: string;
  description: string;
  modifiable: boolean;
  hoursShare?: number;
}

export interface DemoJob {
  title: string;
  description: string;
  municipalityCode: string;
  remotePossible?: boolean;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  schedule: { day: Day; start: string; end: string }[];
  tasks: DemoTask[];
  accommodationCodes: string[];
  hourlyWage: number;
  positions?: number;
}

export interface DemoEmployer {
  name: string;
  /** Seven digits; the check digit is computed. */
  businessIdBase: string;
  municipalityCode: string;
  email: string;
  language: 'FI' | 'SV' | 'EN';
  jobs: DemoJob[];
}

const days = (list: Day[], start: string, end: string) => list.map((day) => ({ day, start, end }));

export const EMPLOYERS: DemoEmployer[] = [
  {
    name: 'Helsingin kaupunki, senioripalvelut',
    businessIdBase: '0201256',
    municipalityCode: '091',
    email: 'seniorit@helsinki.example.fi',
    language: 'FI',
    jobs: [
      {
        title: 'Ulkoiluapu palvelutalossa',
        description: 'Lähdet asukkaiden kanssa kävelylle ja juttelet. Ohjaaja on paikalla.',
        municipalityCode: '091',
        hoursPerWeekMin: 6,
        hoursPerWeekMax: 12,
        schedule: days(['MON', 'WED', 'FRI'], '10:00', '14:00'),
        tasks: [
          {
            taskTypeCode: 'senior_outdoor_walks',
            description: 'Ulkoilu asukkaiden kanssa',
            modifiable: false,
            hoursShare: 70,
          },
          {
            taskTypeCode: 'senior_companionship',
            description: 'Seurustelu ja lehden lukeminen',
            modifiable: true,
            hoursShare: 30,
          },
        ],
        accommodationCodes: ['sup.instructor_onsite', 'sched.short_shift', 'sched.flex_start', 'info.written'],
        hourlyWage: 11,
      },
      {
        title: 'Ruokailuavustaja',
        description: 'Autat lounaan tarjoilussa ja astioiden kanssa. Rauhallinen tahti.',
        municipalityCode: '091',
        hoursPerWeekMin: 8,
        hoursPerWeekMax: 15,
        schedule: days(WEEKDAYS, '10:30', '13:30'),
        tasks: [
          {
            taskTypeCode: 'senior_meal_help',
            description: 'Ruoan annostelu ja tarjoilu',
            modifiable: false,
            hoursShare: 60,
          },
          { taskTypeCode: 'dishwashing', description: 'Astioiden pesu koneella', modifiable: true, hoursShare: 40 },
        ],
        accommodationCodes: ['sup.group_work', 'task.reduced_pace', 'sched.extra_breaks', 'acc.step_free'],
        hourlyWage: 10.5,
        positions: 2,
      },
      {
        title: 'Viriketoiminnan apulainen',
        description: 'Valmistelet ja ohjaat pieniä ryhmähetkiä: pelejä, laulua, askartelua.',
        municipalityCode: '091',
        hoursPerWeekMin: 5,
        hoursPerWeekMax: 10,
        schedule: days(['TUE', 'THU'], '12:00', '16:00'),
        tasks: [
          { taskTypeCode: 'senior_activities', description: 'Ryhmähetkien valmistelu', modifiable: false },
          { taskTypeCode: 'senior_companionship', description: 'Juttuseura', modifiable: true },
        ],
        accommodationCodes: ['sup.mentor', 'sup.checkins', 'info.visual', 'env.quiet'],
        hourlyWage: 11,
      },
    ],
  },
  {
    name: 'Kahvila Kulma',
    businessIdBase: '2844105',
    municipalityCode: '091',
    email: 'kahvila@kulma.example.fi',
    language: 'FI',
    jobs: [
      {
        title: 'Astianpesijä lounasaikaan',
        description: 'Pesua koneella ja pöytien siistimistä. Selkeät työohjeet kuvin.',
        municipalityCode: '091',
        hoursPerWeekMin: 8,
        hoursPerWeekMax: 16,
        schedule: days(WEEKDAYS, '10:00', '14:00'),
        tasks: [
          { taskTypeCode: 'dishwashing', description: 'Astioiden pesu koneella', modifiable: false, hoursShare: 70 },
          { taskTypeCode: 'clearing_tables', description: 'Pöytien pyyhintä', modifiable: true, hoursShare: 30 },
        ],
        accommodationCodes: ['info.visual', 'task.routine', 'sched.extra_breaks', 'sched.short_shift'],
        hourlyWage: 11.5,
      },
      {
        title: 'Kahvilan aamuapulainen',
        description: 'Leivonnaisten esillepano, tiskin hoito ja asiakkaiden palvelu aamulla.',
        municipalityCode: '091',
        hoursPerWeekMin: 6,
        hoursPerWeekMax: 12,
        schedule: days(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], '07:00', '11:00'),
        tasks: [
          { taskTypeCode: 'kitchen_help', description: 'Leivonnaiset esille', modifiable: false, hoursShare: 50 },
          { taskTypeCode: 'cafe_counter', description: 'Asiakaspalvelu tiskillä', modifiable: true, hoursShare: 30 },
          { taskTypeCode: 'dishwashing', description: 'Astiat', modifiable: true, hoursShare: 20 },
        ],
        accommodationCodes: ['sup.mentor', 'sched.flex_start', 'info.reminders'],
        hourlyWage: 11.5,
      },
    ],
  },
  {
    name: 'Lähivarasto Oy',
    businessIdBase: '3120457',
    municipalityCode: '092',
    email: 'rekry@lahivarasto.example.fi',
    language: 'FI',
    jobs: [
      {
        title: 'Pakkaaja verkkokauppavarastoon',
        description: 'Pakkaat tilauksia ja tarroitat paketit. Istuma- tai seisomatyö.',
        municipalityCode: '092',
        hoursPerWeekMin: 10,
        hoursPerWeekMax: 20,
        schedule: days(WEEKDAYS, '08:00', '14:00'),
        tasks: [
          { taskTypeCode: 'packing', description: 'Tilausten pakkaus', modifiable: false, hoursShare: 60 },
          { taskTypeCode: 'labelling', description: 'Pakettien tarroitus', modifiable: true, hoursShare: 25 },
          { taskTypeCode: 'shelf_stocking', description: 'Hyllytys varastossa', modifiable: true, hoursShare: 15 },
        ],
        accommodationCodes: ['eq.ergonomic', 'task.reduced_pace', 'task.single_task', 'acc.transit', 'info.written'],
        hourlyWage: 12,
        positions: 3,
      },
      {
        title: 'Kierrätyslajittelija',
        description: 'Lajittelet palautettuja tavaroita ja pakkausmateriaalia ryhmässä.',
        municipalityCode: '092',
        hoursPerWeekMin: 8,
        hoursPerWeekMax: 16,
        schedule: days(['MON', 'TUE', 'WED', 'THU'], '09:00', '13:00'),
        tasks: [
          { taskTypeCode: 'recycling_sorting', description: 'Lajittelu linjalla', modifiable: false },
          { taskTypeCode: 'sorting', description: 'Tavaroiden lajittelu pöydällä', modifiable: true },
        ],
        accommodationCodes: ['sup.group_work', 'sup.instructor_onsite', 'sched.extra_breaks'],
        hourlyWage: 11,
        positions: 2,
      },
      {
        title: 'Inventaarioapulainen',
        description: 'Lasket tuotteita ja kirjaat ne tabletille. Tarkkaa ja rauhallista työtä.',
        municipalityCode: '092',
        hoursPerWeekMin: 5,
        hoursPerWeekMax: 10,
        schedule: days(['WED', 'THU', 'FRI'], '12:00', '16:00'),
        tasks: [
          { taskTypeCode: 'stocktaking', description: 'Tuotteiden laskenta', modifiable: false, hoursShare: 80 },
          { taskTypeCode: 'order_picking', description: 'Keräily tarvittaessa', modifiable: true, hoursShare: 20 },
        ],
        accommodationCodes: ['env.quiet', 'info.reminders', 'task.split_steps'],
        hourlyWage: 12,
      },
    ],
  },
  {
    name: 'Puhdas Arki Oy',
    businessIdBase: '2476813',
    municipalityCode: '049',
    email: 'toimisto@puhdasarki.example.fi',
    language: 'SV',
    jobs: [
      {
        title: 'Toimistosiivooja iltapäivisin',
        description: 'Siivoat toimistoja Tapiolassa työparin kanssa. Välineet ja opastus saat meiltä.',
        municipalityCode: '049',
        hoursPerWeekMin: 10,
        hoursPerWeekMax: 20,
        schedule: days(WEEKDAYS, '15:00', '19:00'),
        tasks: [
          {
            taskTypeCode: 'office_cleaning',
            description: 'Pintojen ja lattioiden siivous',
            modifiable: false,
            hoursShare: 75,
          },
          { taskTypeCode: 'window_washing', description: 'Ikkunoiden pesu', modifiable: true, hoursShare: 25 },
        ],
        accommodationCodes: ['sup.group_work', 'env.scent_free', 'sched.fewer_days', 'acc.transit'],
        hourlyWage: 12.5,
        positions: 2,
      },
      {
        title: 'Porraskäytävien siivous',
        description: 'Kerrostalojen porraskäytävät aamupäivisin. Liikkuvaa työtä.',
        municipalityCode: '049',
        hoursPerWeekMin: 8,
        hoursPerWeekMax: 16,
        schedule: days(['MON', 'TUE', 'WED', 'THU'], '08:00', '12:00'),
        tasks: [
          { taskTypeCode: 'stairwell_cleaning', description: 'Portaiden pesu', modifiable: false },
          { taskTypeCode: 'litter_picking', description: 'Pihan roskien keruu', modifiable: true },
        ],
        accommodationCodes: ['sched.flex_start', 'sup.checkins'],
        hourlyWage: 12.5,
      },
      {
        title: 'Talvikunnossapito',
        description: 'Lumityöt ja hiekoitus pihoilla. Sään mukaan joustavat vuorot.',
        municipalityCode: '049',
        hoursPerWeekMin: 4,
        hoursPerWeekMax: 12,
        schedule: days(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], '06:00', '10:00'),
        tasks: [
          { taskTypeCode: 'snow_clearing', description: 'Lumen luonti', modifiable: false, hoursShare: 60 },
          { taskTypeCode: 'gritting', description: 'Hiekoitus', modifiable: true, hoursShare: 40 },
        ],
        accommodationCodes: ['sup.group_work', 'sched.leave_flex'],
        hourlyWage: 13,
      },
    ],
  },
  {
    name: 'Kaupunginkirjasto',
    businessIdBase: '0201257',
    municipalityCode: '091',
    email: 'kirjasto@helsinki.example.fi',
    language: 'EN',
    jobs: [
      {
        title: 'Kirjastoavustaja',
        description: 'Palautettujen kirjojen hyllytys ja hyllyjen järjestys. Hiljainen työympäristö.',
        municipalityCode: '091',
        hoursPerWeekMin: 6,
        hoursPerWeekMax: 12,
        schedule: days(['TUE', 'WED', 'THU'], '10:00', '15:00'),
        tasks: [
          { taskTypeCode: 'library_shelving', description: 'Kirjojen hyllytys', modifiable: false, hoursShare: 70 },
          {
            taskTypeCode: 'document_scanning',
            description: 'Vanhojen asiakirjojen skannaus',
            modifiable: true,
            hoursShare: 30,
          },
        ],
        accommodationCodes: ['env.quiet', 'task.routine', 'acc.step_free', 'info.written', 'sched.extra_breaks'],
        hourlyWage: 11,
      },
      {
        title: 'Tietojen syöttö kotoa käsin',
        description: 'Siirrät lomakkeiden tietoja järjestelmään. Työn voi tehdä etänä.',
        municipalityCode: '091',
        remotePossible: true,
        hoursPerWeekMin: 4,
        hoursPerWeekMax: 10,
        schedule: days(WEEKDAYS, '09:00', '15:00'),
        tasks: [
          { taskTypeCode: 'data_entry', description: 'Tietojen syöttö', modifiable: false, hoursShare: 80 },
          { taskTypeCode: 'document_scanning', description: 'Skannaus kirjastolla', modifiable: true, hoursShare: 20 },
        ],
        accommodationCodes: ['acc.remote', 'sched.flex_start', 'sup.checkins', 'info.written'],
        hourlyWage: 11,
      },
    ],
  },
  {
    name: 'Ompelimo Lanka ja Neula',
    businessIdBase: '1779841',
    municipalityCode: '837',
    email: 'ompelimo@lanka.example.fi',
    language: 'FI',
    jobs: [
      {
        title: 'Ompelija tilaustöihin',
        description: 'Lyhennät housuja ja ompelet kasseja tilauksesta. Oma rauhallinen työpiste.',
        municipalityCode: '837',
        hoursPerWeekMin: 6,
        hoursPerWeekMax: 14,
        schedule: days(['MON', 'TUE', 'WED', 'THU'], '09:00', '14:00'),
        tasks: [
          { taskTypeCode: 'sewing', description: 'Korjausompelu', modifiable: false, hoursShare: 80 },
          { taskTypeCode: 'ironing', description: 'Silitys', modifiable: true, hoursShare: 20 },
        ],
        accommodationCodes: ['env.private_space', 'env.lighting', 'task.reduced_pace', 'sched.gradual_ramp'],
        hourlyWage: 11.5,
      },
      {
        title: 'Ompelimon lähettiapu',
        description: 'Viet valmiit työt asiakkaille keskustassa jalan tai ratikalla.',
        municipalityCode: '837',
        hoursPerWeekMin: 4,
        hoursPerWeekMax: 8,
        schedule: days(['TUE', 'FRI'], '12:00', '16:00'),
        tasks: [
          { taskTypeCode: 'deliveries_on_foot', description: 'Toimitukset', modifiable: false },
          { taskTypeCode: 'mailing_prep', description: 'Pakettien valmistelu', modifiable: true },
        ],
        accommodationCodes: ['sched.short_shift', 'info.reminders'],
        hourlyWage: 11,
      },
    ],
  },
];

export interface DemoServiceProvider {
  name: string;
  municipalityCode: string;
  coordinators: { email: string; language: 'FI' | 'SV' | 'EN' }[];
}

export const SERVICE_PROVIDERS: DemoServiceProvider[] = [
  {
    name: 'Helsingin työllisyyspalvelut',
    municipalityCode: '091',
    coordinators: [
      { email: 'koordinaattori@tyollisyys.example.fi', language: 'FI' },
      { email: 'coordinator@tyollisyys.example.fi', language: 'EN' },
    ],
  },
  {
    name: 'Länsi-Uudenmaan hyvinvointialue',
    municipalityCode: '049',
    coordinators: [{ email: 'samordnare@lansi.example.fi', language: 'SV' }],
  },
];

/** A small deterministic PRNG (mulberry32), so that every demo has the same people. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Aino',
  'Eino',
  'Helmi',
  'Väinö',
  'Selma',
  'Toivo',
  'Lempi',
  'Arvo',
  'Siiri',
  'Veikko',
  'Hilja',
  'Aarne',
  'Kerttu',
  'Urho',
];
const LAST = ['Esimerkki', 'Kuviteltu', 'Mallinen', 'Testilä', 'Keksitty', 'Harjoitus', 'Demola', 'Luonnos'];

/** Groups of tasks people have done or want to try, with a plain summary of each in Finnish. */
const INTERESTS: { abilities: string[]; summary: string }[] = [
  {
    abilities: ['dishwashing', 'kitchen_help', 'clearing_tables'],
    summary: 'Kokemusta keittiötöistä. Pitää selkeästä rutiinista.',
  },
  {
    abilities: ['office_cleaning', 'window_washing'],
    summary: 'Tottunut siivoamaan. Tekee mielellään työparin kanssa.',
  },
  {
    abilities: ['packing', 'labelling', 'bagging'],
    summary: 'Tarkka ja huolellinen. Viihtyy pakkaus- ja tarroitustöissä.',
  },
  {
    abilities: ['senior_companionship', 'senior_outdoor_walks', 'senior_activities'],
    summary: 'Lämmin ja kärsivällinen. Haluaa auttaa ikäihmisiä.',
  },
  {
    abilities: ['library_shelving', 'document_scanning', 'data_entry'],
    summary: 'Rauhallinen ja järjestelmällinen. Pitää hiljaisesta ympäristöstä.',
  },
  {
    abilities: ['recycling_sorting', 'sorting', 'clothes_sorting'],
    summary: 'Kokemusta lajittelusta kierrätyskeskuksessa.',
  },
  { abilities: ['sewing', 'ironing'], summary: 'Osaa ommella koneella. Tarvitsee oman rauhallisen työpisteen.' },
  {
    abilities: ['snow_clearing', 'outdoor_upkeep', 'raking_leaves'],
    summary: 'Tykkää ulkotöistä. Hyvä kunto, ei pitkiä vuoroja.',
  },
  { abilities: ['cafe_counter', 'serving'], summary: 'Sosiaalinen ja iloinen. Kokemusta asiakaspalvelusta.' },
  { abilities: ['data_entry', 'mailing_prep'], summary: 'Tottunut tietokoneeseen. Tekee mieluiten kotoa käsin.' },
];

const NEEDS = [
  'env.quiet',
  'sched.extra_breaks',
  'sched.short_shift',
  'task.reduced_pace',
  'task.routine',
  'info.visual',
  'info.written',
  'sup.instructor_onsite',
  'sup.group_work',
  'sup.mentor',
  'eq.ergonomic',
  'acc.step_free',
  'acc.transit',
  'sched.flex_start',
  'env.scent_free',
];

/** Municipalities with the weight of their share of clients: mostly Helsinki, Espoo and Vantaa. */
const PLACES: [string, number][] = [
  ['091', 10],
  ['049', 5],
  ['092', 4],
  ['235', 1],
  ['245', 1],
  ['257', 1],
  ['186', 1],
  ['837', 3],
];

export interface DemoClient {
  displayName: string;
  contactEmail: string | null;
  preferredLanguage: 'FI' | 'SV' | 'EN';
  serviceProvider: number;
  consent: boolean;
  status: 'ACTIVE' | 'PAUSED' | 'DRAFT';
  profile: {
    summary: string;
    abilities: { taskTypeCode: string; experience: number }[];
    restrictions: { demandCode: string; maxLevel: number }[];
    accommodationNeeds: { accommodationCode: string; necessity: 'REQUIRED' | 'PREFERRED' }[];
    hoursPerWeekMin: number;
    hoursPerWeekMax: number;
    availability: { day: Day; start: string; end: string }[];
    municipalityCode: string;
    maxCommuteKm: number | null;
    remoteOnly: boolean;
    languages: string[];
  };
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

function weighted(rnd: () => number, list: readonly [string, number][]): string {
  const total = list.reduce((sum, [, w]) => sum + w, 0);
  let r = rnd() * total;
  for (const [value, weight] of list) {
    r -= weight;
    if (r < 0) return value;
  }
  return list[list.length - 1][0];
}

/** Forty clients: varied limits, needs, hours and places; most share their profile and are ACTIVE. */
export function demoClients(count = 40): DemoClient[] {
  const rnd = random(20261125);
  const clients: DemoClient[] = [];
  for (let i = 0; i < count; i++) {
    const interest = INTERESTS[i % INTERESTS.length];
    const abilities = interest.abilities
      .filter((_, k) => k === 0 || rnd() < 0.6)
      .map((code, k) => ({
        taskTypeCode: code,
        experience: k === 0 ? 1 + Math.floor(rnd() * 2) : Math.floor(rnd() * 2),
      }));
    const restrictions: DemoClient['profile']['restrictions'] = [];
    if (rnd() < 0.25) restrictions.push({ demandCode: 'd4300', maxLevel: 1 });
    if (rnd() < 0.15) restrictions.push({ demandCode: 'd4154', maxLevel: 2 });
    if (rnd() < 0.15) restrictions.push({ demandCode: 'd240', maxLevel: 1 });
    if (rnd() < 0.1) restrictions.push({ demandCode: 'd720', maxLevel: 1 });
    const needCount = rnd() < 0.1 ? 0 : 1 + Math.floor(rnd() * 3);
    const needs = new Set<string>();
    while (needs.size < needCount) needs.add(pick(rnd, NEEDS));
    const accommodationNeeds = [...needs].map((code) => ({
      accommodationCode: code,
      necessity: rnd() < 0.35 ? ('REQUIRED' as const) : ('PREFERRED' as const),
    }));
    const hoursMin = 4 + Math.floor(rnd() * 8);
    const hoursMax = Math.min(25, hoursMin + 4 + Math.floor(rnd() * 10));
    const mornings = rnd() < 0.6;
    const dayCount = 3 + Math.floor(rnd() * 3);
    const availability = WEEKDAYS.slice(0, dayCount).map((day) =>
      mornings ? { day, start: '07:00', end: '14:00' } : { day, start: '11:00', end: '19:00' },
    );
    const remoteOnly = interest.abilities[0] === 'data_entry' && rnd() < 0.5;
    const language = i % 9 === 4 ? 'SV' : i % 11 === 7 ? 'EN' : 'FI';
    clients.push({
      displayName: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
      contactEmail: rnd() < 0.5 ? `asiakas${i + 1}@posti.example.fi` : null,
      preferredLanguage: language,
      serviceProvider: i % 3 === 2 ? 1 : 0,
      consent: i % 7 !== 3,
      status: i === 38 ? 'DRAFT' : i % 13 === 12 ? 'PAUSED' : 'ACTIVE',
      profile: {
        summary: interest.summary,
        abilities,
        restrictions,
        accommodationNeeds,
        hoursPerWeekMin: hoursMin,
        hoursPerWeekMax: hoursMax,
        availability,
        municipalityCode: weighted(rnd, PLACES),
        maxCommuteKm: remoteOnly ? null : pick(rnd, [10, 15, 20, 30, 40]),
        remoteOnly,
        languages: language === 'SV' ? ['sv', 'fi'] : language === 'EN' ? ['en'] : ['fi'],
      },
    });
  }
  return clients;
}
