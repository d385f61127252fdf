import fc from 'fast-check';

/*
 * Arbitraries for the fuzz test (test/e2e/fuzz.e2e-spec.ts): for every mutation of the contract, the variables of
 * one request and who sends it. Most inputs are valid or nearly so (one field broken), so that they get past the
 * GraphQL types into validation and business logic; the rest break the shape: missing and unknown fields, wrong
 * JSON types, nested nulls, lists too long.
 *
 * Ids of the test's fixtures are not known when the arbitraries are built, and change as the fuzzing closes jobs,
 * archives profiles and answers proposals: an input names them with `ref('publishedJob')`, a placeholder string
 * the test swaps for a fitting id just before sending (a job that is PUBLISHED then, for instance).
 */

// ---------------------------------------------------------------------------------------------- callers and refs

/** Who sends a request: a signed-in account of the test's world, or someone who is not signed in properly. */
export const CALLERS = [
  'anonymous',
  'garbageToken',
  'forgedToken',
  'erasedClient',
  'admin',
  'employer',
  'otherEmployer',
  'coordinator',
  'otherCoordinator',
  'client',
] as const;
export type Caller = (typeof CALLERS)[number];

/** Callers without a valid sign-in: a non-public mutation answers them UNAUTHENTICATED. */
export const UNAUTHENTICATED_CALLERS: readonly Caller[] = ['anonymous', 'garbageToken', 'forgedToken', 'erasedClient'];

/** The fixtures an input can name. The test keeps each one in the state its name says (see World there). */
export const REF_NAMES = [
  // jobs: the employer's, another employer's, and the one employers request introductions for
  'draftJob',
  'publishedJob',
  'closedJob',
  'otherDraftJob',
  'otherPublishedJob',
  'introJob',
  // current (and stale) versions of jobs and profiles, for expectedVersion
  'version:draftJob',
  'version:publishedJob',
  'staleVersion:publishedJob',
  'version:draftProfile',
  'version:activeProfile',
  'staleVersion:draftProfile',
  // profiles of the coordinator's service provider, and another's
  'activeProfile',
  'draftProfile',
  'statusProfile',
  'archivedProfile',
  'clientProfile',
  'proposableProfile',
  'offerableProfile',
  'introCandidate',
  'otherProfile',
  // clients
  'client',
  'clientK',
  'otherClient',
  'erasableClient',
  'erasedClient',
  // offers to the signed-in client, and to someone else
  'openOffer',
  'withdrawnOffer',
  'otherOffer',
  // proposals between the employer and the coordinator, in each state; another pair's; an erased client's
  'proposalAwaitingEmployer',
  'proposalAwaitingCoordinator',
  'proposalAccepted',
  'proposalTrial',
  'proposalClosed',
  'otherProposal',
  'erasedProposal',
  // organisations, accounts and codes
  'serviceProvider',
  'employerOrganisation',
  'otherServiceProvider',
  'existingBusinessId',
  'employerEmail',
  'accessCode',
  'usedAccessCode',
] as const;
export type RefName = (typeof REF_NAMES)[number];

/** How a referenced string is altered before sending: the same id in another spelling, or a near miss. */
export const REF_FORMS = ['upper', 'braces', 'padded', 'truncated', 'nohyphen', 'unicodeDash', 'lower'] as const;
export type RefForm = (typeof REF_FORMS)[number];

export const REF_PREFIX = '@ref:';

/** A placeholder for a fixture's id (or value), optionally in another spelling. */
export function ref(name: RefName, form?: RefForm): string {
  return `${REF_PREFIX}${name}${form ? `|${form}` : ''}`;
}

export function parseRef(value: string): { name: RefName; form?: RefForm } | null {
  if (!value.startsWith(REF_PREFIX)) return null;
  const [name, form] = value.slice(REF_PREFIX.length).split('|');
  if (!(REF_NAMES as readonly string[]).includes(name)) return null;
  if (form !== undefined && !(REF_FORMS as readonly string[]).includes(form)) return null;
  return { name: name as RefName, form: form as RefForm | undefined };
}

/** Applies a form to the resolved value. */
export function applyForm(value: string, form: RefForm | undefined): string {
  switch (form) {
    case undefined:
      return value;
    case 'upper':
      return value.toUpperCase();
    case 'lower':
      return value.toLowerCase();
    case 'braces':
      return `{${value}}`;
    case 'padded':
      return ` ${value} `;
    case 'truncated':
      return value.slice(0, -1);
    case 'nohyphen':
      return value.replaceAll('-', '');
    case 'unicodeDash':
      return value.replaceAll('-', '\u2212');
  }
}

// ---------------------------------------------------------------------------------------------- raw JSON

/**
 * A JSON value written as given: numbers JSON can carry but JSON.stringify never writes (1e309 parses as Infinity,
 * 1e-400 as 0, -0, 30 significant digits).
 */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text of a value that may contain RawJson parts. */
export function toJson(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof RawJson) {
      raws.push(item.text);
      return `\u0000raw${raws.length - 1}\u0000`;
    }
    return item;
  });
  return text.replace(/"\\u0000raw(\d+)\\u0000"/g, (_m, i: string) => raws[Number(i)]);
}

// ---------------------------------------------------------------------------------------------- building blocks

type Vars = Record<string, unknown>;

/** The taxonomy codes valid inputs use (read from the API by the test). */
export interface Taxonomy {
  taskTypes: readonly string[];
  demands: readonly string[];
  accommodations: readonly string[];
  municipalities: readonly string[];
}

/** Known municipality codes (Helsinki, Espoo, Vantaa, Turku, Tampere, Oulu). */
export const MUNICIPALITIES = ['091', '049', '092', '853', '837', '564'];

const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;

/** Words of valid free text: several scripts, emoji, punctuation; nothing that looks like a name, phone or email. */
const WORDS = [
  'Astianpesu',
  'siivous',
  'kevyt',
  'työ',
  'rauhallinen',
  'aamupäivä',
  'arbete',
  'lugnt',
  'kitchen',
  'help',
  'ja',
  'och',
  'and',
  '🙂',
  '☕',
  '🧽',
  'مطبخ',
  'מטבח',
  'Ærø',
  'naïve',
  'café',
  'Ωmega',
  '日本語',
  '—',
  '&',
  "'",
  '"',
  '(rutiini)',
  '50 %',
  'a:b',
  '<b>',
];

/** Valid free text: 1 to `max` words. */
export function text(max = 10): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: max }).map((words) => words.join(' '));
}

/** Strings that break things: control characters, NUL, RTL overrides, lone surrogates, SQL, tsquery, JSON, HTML. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '   ',
  '\t',
  '\n',
  '\r\n',
  '\u0000',
  'a\u0000b',
  '\u0000\u0000\u0000',
  '\u0007\u0008\u001b[31m',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200e\u200f',
  '\u202e',
  '\u202ereversed text',
  '\u2028\u2029',
  '\ufeff',
  '\ufffe\uffff',
  '\ud800',
  '\udfff',
  'a\ud83d',
  '🙂',
  '👩‍👩‍👧‍👦',
  '🇫🇮',
  '𝕏𝕐',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  'مرحبا بالعالم',
  'שלום עולם',
  '１２３',
  '٠٩١',
  'İıß ǅ ﬃ',
  "'",
  '"',
  '\\',
  '`',
  "' OR '1'='1",
  "'; DROP TABLE job; --",
  '1; SELECT pg_sleep(5)',
  '$1',
  '%',
  '_',
  '%_%',
  'a & b',
  'a | b',
  '!a',
  'a:*',
  "'a':* & !b",
  '(',
  ')',
  'a <-> b',
  ':*',
  '&|!():*<->',
  '{}',
  '[]',
  'null',
  'true',
  '{"$ne": null}',
  '{"__proto__": {"admin": true}}',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  '%s%s%n',
  '../../etc/passwd',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'undefined',
  'NULL',
] as const;

/** A string of exactly `length` UTF-16 units, or the same number of "characters" counted another way. */
function ofLength(length: number): fc.Arbitrary<string> {
  return fc.constantFrom(
    'x'.repeat(length),
    'ä'.repeat(length),
    // `length` emoji: twice as many UTF-16 units, as many code points
    '🙂'.repeat(length),
    // `length` letters, each with a variation selector: 2 × length code points
    'x\ufe0f'.repeat(length),
    // combining marks
    'a\u0301'.repeat(length),
    ` ${'y'.repeat(Math.max(0, length - 2))} `,
  );
}

/** Strings just under, at and over a length limit. */
export function aroundLength(limit: number): fc.Arbitrary<string> {
  return fc.constantFrom(limit - 1, limit, limit + 1, Math.ceil(limit / 2) + 1).chain((n) => ofLength(Math.max(0, n)));
}

/** A long string, up to 20 000 UTF-16 units (bodies with several of them go over the 100 kB limit). */
export const longString: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 201, max: 20_000 }),
    fc.constantFrom('x', 'ä', '🙂', ' ', 'a\u0000', '\u202e', 'x\ufe0f', "'"),
  )
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));

/** The nasty strings that most often break a service: NUL, lone surrogates, uncounted variation selectors. */
export const HOT_STRINGS = [
  '\u0000',
  'tiski\u0000kone',
  '\ud800',
  'a\ud83d',
  '\udfff@example.fi',
  'x\ufe0f'.repeat(120),
  'x\ufe0f'.repeat(1500),
  '\u202e',
  '\u0007',
  "'; DROP TABLE job; --",
  'a & b:* | !c',
] as const;

/** Any string, biased to the nasty ones. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOT_STRINGS) },
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 40 }) },
  { weight: 1, arbitrary: longString },
  {
    weight: 1,
    arbitrary: fc.tuple(text(3), fc.constantFrom(...NASTY_STRINGS), text(3)).map(([a, nasty, b]) => `${a}${nasty}${b}`),
  },
);

/** Numbers JSON can carry at the edges: zero and minus zero, tiny and huge, just over and under limits. */
export const edgeNumber: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      0,
      -0,
      -1,
      1,
      0.5,
      0.25,
      0.1,
      0.30000000000000004,
      1 / 3,
      39.99,
      40,
      40.000001,
      41,
      99.999,
      100,
      101,
      500,
      500.01,
      999.99,
      1000,
      1000.01,
      1e-7,
      1e-40,
      1e-300,
      5e-324,
      -5e-324,
      1e300,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MAX_SAFE_INTEGER,
      Number.MIN_SAFE_INTEGER,
      2 ** 31 - 1,
      2 ** 31,
      -(2 ** 31),
      -(2 ** 31) - 1,
      2 ** 53 + 2,
    ),
  },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.double({ min: -50, max: 50, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer() },
  // NaN and the infinities: JSON.stringify writes null; the raw forms parse as Infinity, 0 or lose digits.
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        '1e309',
        '-1e309',
        '1e-400',
        '-0',
        '-0.0',
        '1.00000000000000000000001',
        '123456789012345678901234567890',
        '4e1',
        '2E-1',
      )
      .map((t) => new RawJson(t)),
  },
);

/**
 * The values that most often break a service, put into any field (a string into a number field, or the other way
 * round, is a wrong type GraphQL refuses: cheap): NUL, lone surrogates, uncounted variation selectors, numbers
 * below the smallest a `real` column holds, numbers in exponent notation.
 */
const hotValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOT_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(1e-300, 5e-324, 1e-40, 1e-7) },
);

/** Integers at the edges, and numbers that are not integers. */
export const edgeInt: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      -1,
      0,
      1,
      2,
      3,
      4,
      5,
      99,
      100,
      101,
      2 ** 31 - 1,
      2 ** 31,
      -(2 ** 31) - 1,
      1.5,
      2 ** 53 + 2,
    ),
  },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: edgeNumber },
);

/** A JSON value of the wrong type for most fields, nested nulls included. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(null, true, false, 0, 1, -1, 1.5, '', 'x', [], {}, [null], { a: null }, [[]]),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Keys no input type has, some of them dangerous in JavaScript. */
const UNKNOWN_KEYS = [
  'extra',
  'id',
  '__typename',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'status',
  'organisationId',
  'version',
  'Title',
  ' ',
  '',
];

/** The object with `key` set, as an own property even for `__proto__`. */
function withKey(object: Vars, key: string, value: unknown): Vars {
  const copy: Vars = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

function without(object: Vars, key: string): Vars {
  const copy: Vars = { ...object };
  delete copy[key];
  return copy;
}

/**
 * An object input: valid (`validWeight` in 11 + `validWeight`: about a quarter of the runs by default), or valid with
 * one field replaced by one of its bad values (6), one field missing (1), an unknown field (1), one field of a wrong
 * JSON type (1), or one field set to one of the values that most often break a service (2).
 */
export function variant(
  valid: fc.Arbitrary<Vars>,
  bad: Record<string, fc.Arbitrary<unknown>>,
  validWeight = 4,
): fc.Arbitrary<Vars> {
  const keys = Object.keys(bad);
  const key = fc.constantFrom(...keys);
  return fc.oneof(
    { weight: validWeight, arbitrary: valid },
    {
      weight: 6,
      arbitrary: fc.tuple(valid, key).chain(([object, k]) => bad[k].map((value) => withKey(object, k, value))),
    },
    { weight: 1, arbitrary: fc.tuple(valid, key).map(([object, k]) => without(object, k)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(valid, fc.constantFrom(...UNKNOWN_KEYS), wrongType)
        .map(([object, k, value]) => withKey(object, k, value)),
    },
    { weight: 1, arbitrary: fc.tuple(valid, key, wrongType).map(([object, k, value]) => withKey(object, k, value)) },
    { weight: 2, arbitrary: fc.tuple(valid, key, hotValue).map(([object, k, value]) => withKey(object, k, value)) },
  );
}

/** A list with one item replaced by a bad one, or null items, or far too many items. */
function badList<T>(valid: fc.Arbitrary<T[]>, badItem: fc.Arbitrary<unknown>, tooMany: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(valid, badItem, fc.nat()).map(([list, item, at]) => {
        const copy: unknown[] = [...list];
        copy.splice(at % (copy.length + 1), 0, item);
        return copy;
      }),
    },
    { weight: 1, arbitrary: valid.map((list) => [...list, null]) },
    { weight: 1, arbitrary: valid.filter((list) => list.length > 0).map((list) => [...list, list[0]]) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          valid.filter((list) => list.length > 0),
          fc.constantFrom(tooMany + 1, tooMany * 3, 2000),
        )
        .map(([list, n]) => Array.from({ length: n }, (_, i) => list[i % list.length])),
    },
    { weight: 1, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: wrongType },
  );
}

/** Ids: mostly the fixture that makes the input meaningful, then others, other spellings, UUIDs of nothing, junk. */
export function idOf(preferred: readonly RefName[], others: readonly RefName[] = []): fc.Arbitrary<unknown> {
  const all = [...preferred, ...others];
  return fc.oneof(
    { weight: 14, arbitrary: fc.constantFrom(...preferred).map((name) => ref(name)) },
    ...(others.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...others).map((name) => ref(name)) }] : []),
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...all), fc.constantFrom(...REF_FORMS))
        .map(([name, form]) => ref(name, form)),
    },
    { weight: 2, arbitrary: fc.uuid({ version: [1, 4, 7] }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom<unknown>(
        '',
        'not-a-uuid',
        '00000000-0000-0000-0000-000000000000',
        'ffffffff-ffff-ffff-ffff-ffffffffffff',
        '00000000-0000-0000-0000-00000000000g',
        'ffffffffffffffffffffffffffffffff',
        '{ffffffff-ffff-ffff-ffff-ffffffffffff}',
        '123',
        '-1',
        "' OR 1=1 --",
        '%',
        'a'.repeat(10_000),
        '\u0000',
        'ffffffff-ffff-ffff-ffff-ffffffffffff\u0000',
        42,
        0,
      ),
    },
    { weight: 1, arbitrary: anyString },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 1.5, true, [], {}, ['x']) },
  );
}

/** The caller: mostly one of the roles allowed, sometimes anyone. */
export function callerOf(allowed: readonly Caller[]): fc.Arbitrary<Caller> {
  return fc.oneof(
    { weight: 17, arbitrary: fc.constantFrom(...allowed) },
    { weight: 3, arbitrary: fc.constantFrom(...CALLERS) },
  );
}

export interface FuzzCase {
  caller: Caller;
  variables: Vars;
}

function cases(callers: fc.Arbitrary<Caller>, variables: fc.Arbitrary<Vars>): fc.Arbitrary<FuzzCase> {
  return fc.record({ caller: callers, variables });
}

/** Free text of messages, notes and comments: often absent, often valid, near the 2000 limit, or nasty. */
const freeText: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: text(20) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, '', '   ') },
  { weight: 2, arbitrary: aroundLength(2000) },
  { weight: 3, arbitrary: anyString },
  { weight: 2, arbitrary: fc.constantFrom(...HOT_STRINGS) },
  { weight: 1, arbitrary: wrongType },
);

/** A Finnish business ID with the right check digit. */
export const validBusinessId: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 9_999_999 })
  .map((n) => String(n).padStart(7, '0'))
  .filter((digits) => checkDigit(digits) !== null)
  .map((digits) => `${digits}-${checkDigit(digits)}`);

function checkDigit(digits: string): number | null {
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const remainder = [...digits].reduce((sum, d, i) => sum + Number(d) * weights[i], 0) % 11;
  if (remainder === 1) return null;
  return remainder === 0 ? 0 : 11 - remainder;
}

const businessIdBad: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      '1234567-8',
      '1234567-0',
      '12345678',
      '1234567',
      '123456-7',
      '0000000-0',
      '1234567 - 1',
      '１２３４５６７-１',
      '',
      'FI12345671',
    ),
  },
  { weight: 2, arbitrary: fc.constant(ref('existingBusinessId')) },
  { weight: 1, arbitrary: validBusinessId.map((id) => ` ${id} `) },
  { weight: 2, arbitrary: anyString },
);

const municipalityBad: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      '000',
      '999',
      '001',
      '91',
      '0091',
      'abc',
      ' 091',
      '091 ',
      '０９１',
      '٠٩١',
      '09',
      '',
      91,
    ),
  },
  { weight: 1, arbitrary: anyString },
);

/** Unique emails, some with unicode or mixed case. */
const freshEmail: fc.Arbitrary<string> = fc
  .tuple(fc.uuid(), fc.constantFrom('fuzz', 'Fuzz.User', 'fuzz+tag', 'ääkkönen', "o'brien"))
  .map(([id, local]) => `${local}-${id.slice(0, 13)}@example.fi`);

const emailBad: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      'not-an-email',
      '',
      '@example.fi',
      'a@b',
      'a@@b.fi',
      'a b@example.fi',
      `${'x'.repeat(250)}@x.fi`,
      'a\u0000@example.fi',
      '"quoted"@example.fi',
      'user@[127.0.0.1]',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(ref('employerEmail'), ref('employerEmail', 'upper'), ref('employerEmail', 'padded')),
  },
  { weight: 2, arbitrary: anyString },
);

const passwordBad: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom<unknown>('', 'short', '\u0000'.repeat(12), '🙂'.repeat(6), ' '.repeat(12)) },
  { weight: 2, arbitrary: aroundLength(200) },
  { weight: 1, arbitrary: aroundLength(12) },
  { weight: 2, arbitrary: anyString },
);

const validPassword = fc.oneof(
  fc.constant('correct horse battery'),
  fc.string({ unit: 'grapheme', minLength: 12, maxLength: 60 }),
  fc.string({ unit: 'binary-ascii', minLength: 12, maxLength: 30 }).filter((p) => !p.includes('\u0000')),
);

const language = fc.constantFrom('FI', 'SV', 'EN');
const languageBad = fc.constantFrom<unknown>('DE', 'fi', 'Fi', '', ' FI', 'FI\u0000', 'FINNISH', 1, null);

// ---------------------------------------------------------------------------------------------- schedules

const hhmm = (quarter: number): string =>
  `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;

interface Window {
  day: string;
  start: string;
  end: string;
}

/** Valid windows: distinct days, one or two non-overlapping windows a day, in any order. */
export const validWindows: fc.Arbitrary<Window[]> = fc
  .uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 7 })
  .chain((days) =>
    fc.tuple(
      ...days.map((day) =>
        fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 2, maxLength: 4 }).map((points) => {
          const sorted = [...points].sort((a, b) => a - b);
          const windows: Window[] = [];
          for (let i = 0; i + 1 < sorted.length; i += 2)
            windows.push({ day, start: hhmm(sorted[i]), end: hhmm(sorted[i + 1]) });
          return windows;
        }),
      ),
    ),
  )
  .chain((perDay) => fc.shuffledSubarray(perDay.flat(), { minLength: perDay.flat().length }));

export function weeklyHours(windows: readonly Window[]): number {
  const minutes = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return windows.reduce((sum, w) => sum + (minutes(w.end) - minutes(w.start)) / 60, 0);
}

const badTime = fc.constantFrom<unknown>(
  '08:10',
  '8:00',
  '08:0',
  '24:15',
  '25:00',
  '-01:00',
  '08:00:00',
  '0800',
  '08.00',
  '',
  'T08:00',
  '08:00 ',
  '٠٨:٠٠',
  '08：00',
  '24:00\u0000',
  '99:99',
  '00:60',
  '23:60',
  '12:00pm',
  800,
  null,
);
const badDay = fc.constantFrom<unknown>('mon', 'MONDAY', 'Mon', '', 'MAN', ' MON', 'MON\u0000', 0, null);

const badWindow: fc.Arbitrary<unknown> = fc.oneof(
  // start after, or at, its end
  fc
    .tuple(fc.constantFrom(...DAYS), fc.integer({ min: 0, max: 96 }), fc.integer({ min: 0, max: 96 }))
    .map(([day, a, b]) => ({
      day,
      start: hhmm(Math.max(a, b)),
      end: hhmm(Math.min(a, b)),
    })),
  fc.tuple(badDay, fc.constantFrom('08:00')).map(([day, start]) => ({ day, start, end: '12:00' })),
  fc.tuple(fc.constantFrom(...DAYS), badTime).map(([day, start]) => ({ day, start, end: '23:00' })),
  fc.tuple(fc.constantFrom(...DAYS), badTime).map(([day, end]) => ({ day, start: '00:15', end })),
  fc.constantFrom<unknown>(
    { day: 'MON', start: '08:00' },
    { day: 'MON', start: '08:00', end: '12:00', extra: 1 },
    { day: 'MON', start: null, end: '12:00' },
  ),
);

/** Schedules that are wrong: bad windows, overlaps, the same window twice, none, too many, nulls. */
export function badSchedule(max: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: badList(validWindows, badWindow, max) },
    {
      weight: 2,
      // overlapping on one day: a window and another starting inside it
      arbitrary: fc
        .tuple(fc.constantFrom(...DAYS), fc.integer({ min: 0, max: 90 }), fc.integer({ min: 1, max: 5 }))
        .map(([day, s, d]) => [
          { day, start: hhmm(s), end: hhmm(s + d + 1) },
          { day, start: hhmm(s + d), end: hhmm(Math.min(96, s + d + 4)) },
        ]),
    },
    {
      weight: 1,
      // every quarter of the week, one window each: far too many (about 35 kB)
      arbitrary: fc.constant(
        DAYS.flatMap((day) => Array.from({ length: 96 }, (_, q) => ({ day, start: hhmm(q), end: hhmm(q + 1) }))),
      ),
    },
  );
}

// ---------------------------------------------------------------------------------------------- jobs

/** The job inputs: valid ones, and each field broken in the ways the contract and the DTOs allow for. */
export function jobInput(taxonomy: Taxonomy): fc.Arbitrary<Vars> {
  const demands = fc.uniqueArray(
    fc.record({ demandCode: fc.constantFrom(...taxonomy.demands), level: fc.integer({ min: 0, max: 4 }) }),
    { selector: (d) => d.demandCode, maxLength: 6 },
  );
  const task = fc.record(
    {
      taskTypeCode: fc.constantFrom(...taxonomy.taskTypes),
      description: text(8),
      demands: fc.option(demands, { nil: null }),
      modifiable: fc.boolean(),
      hoursShare: fc.option(fc.integer({ min: 1, max: 25 }), { nil: null }),
    },
    { requiredKeys: ['taskTypeCode', 'description', 'modifiable'] },
  );
  const tasks = fc.array(task, { minLength: 1, maxLength: 4 });
  const badTask = variant(
    task,
    {
      taskTypeCode: fc.oneof(
        fc.constantFrom<unknown>('DISHWASHING', 'dishwashing ', 'unknown_task', 'd4300', 'x'.repeat(41), ''),
        anyString,
      ),
      description: fc.oneof(aroundLength(1000), fc.constantFrom<unknown>('', '   '), anyString),
      demands: badList(
        demands,
        variant(
          fc.record({ demandCode: fc.constantFrom(...taxonomy.demands), level: fc.integer({ min: 0, max: 4 }) }),
          {
            demandCode: fc.oneof(fc.constantFrom<unknown>('D4300', 'd9999', 'b1', '', 'x'.repeat(41)), anyString),
            level: edgeInt,
          },
          0,
        ),
        30,
      ),
      modifiable: fc.constantFrom<unknown>('true', 1, 0, null, 'yes'),
      hoursShare: edgeInt,
    },
    0,
  );
  const valid = fc
    .record(
      {
        title: text(8),
        description: text(30),
        municipalityCode: fc.constantFrom(...taxonomy.municipalities),
        remotePossible: fc.option(fc.boolean(), { nil: null }),
        schedule: validWindows.filter((windows) => weeklyHours(windows) >= 0.25),
        tasks,
        accommodationCodes: fc.uniqueArray(fc.constantFrom(...taxonomy.accommodations), { maxLength: 8 }),
        hourlyWage: fc.option(
          fc.integer({ min: 0, max: 100_000 }).map((cents) => cents / 100),
          { nil: null },
        ),
        positions: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
      },
      { requiredKeys: ['title', 'description', 'municipalityCode', 'schedule', 'tasks', 'accommodationCodes'] },
    )
    .chain((job) => {
      const offered = Math.min(40, weeklyHours(job.schedule));
      return fc.integer({ min: 1, max: Math.max(1, Math.floor(offered * 4)) }).chain((minQuarters) =>
        fc.integer({ min: minQuarters, max: 160 }).map((maxQuarters) => ({
          ...job,
          hoursPerWeekMin: minQuarters / 4,
          hoursPerWeekMax: maxQuarters / 4,
        })),
      );
    });
  return variant(valid, {
    title: fc.oneof(aroundLength(200), fc.constantFrom<unknown>('', '   '), anyString, longString),
    description: fc.oneof(aroundLength(5000), fc.constantFrom<unknown>('', '\n'), anyString, longString),
    municipalityCode: municipalityBad,
    remotePossible: fc.constantFrom<unknown>('true', 1, 0, 'false', []),
    hoursPerWeekMin: edgeNumber,
    hoursPerWeekMax: edgeNumber,
    schedule: badSchedule(21),
    tasks: fc.oneof(
      badList(tasks, badTask, 20),
      // hour shares that add up to more than 100 %
      fc.tuple(task, task).map(([a, b]) => [
        { ...a, hoursShare: 60 },
        { ...b, hoursShare: 41 },
      ]),
    ),
    accommodationCodes: badList(
      fc.uniqueArray(fc.constantFrom(...taxonomy.accommodations), { maxLength: 8 }),
      fc.oneof(fc.constantFrom<unknown>('ENV.QUIET', 'env.quiet ', 'env.unknown', 'x'.repeat(41), ''), anyString),
      27,
    ),
    hourlyWage: fc.oneof(edgeNumber, fc.constantFrom<unknown>(-0.01, 10.123, 10.005, 0.001, 1e-7, 11.5)),
    positions: edgeInt,
  });
}

// ---------------------------------------------------------------------------------------------- profiles

const LANGUAGES = ['fi', 'sv', 'en', 'ru', 'et', 'so', 'ar', 'fa', 'uk', 'de', 'fr', 'es'];

/** The profile inputs: types only in the DTO, every rule in checkProfileInput (so: many problems at once). */
export function profileInput(taxonomy: Taxonomy): fc.Arbitrary<Vars> {
  const ability = fc.record({
    taskTypeCode: fc.constantFrom(...taxonomy.taskTypes),
    experience: fc.integer({ min: 0, max: 2 }),
  });
  const restriction = fc.record({
    demandCode: fc.constantFrom(...taxonomy.demands),
    maxLevel: fc.integer({ min: 0, max: 4 }),
  });
  const need = fc.record({
    accommodationCode: fc.constantFrom(...taxonomy.accommodations),
    necessity: fc.constantFrom('REQUIRED', 'PREFERRED'),
  });
  const abilities = fc.uniqueArray(ability, { selector: (a) => a.taskTypeCode, minLength: 1, maxLength: 6 });
  const restrictions = fc.uniqueArray(restriction, { selector: (r) => r.demandCode, maxLength: 6 });
  const needs = fc.uniqueArray(need, { selector: (n) => n.accommodationCode, maxLength: 6 });
  const languages = fc.uniqueArray(fc.constantFrom(...LANGUAGES), { maxLength: 4 });
  const valid = fc
    .record(
      {
        summary: text(30),
        abilities,
        restrictions,
        accommodationNeeds: needs,
        availability: validWindows.filter((windows) => weeklyHours(windows) >= 0.25),
        municipalityCode: fc.constantFrom(...taxonomy.municipalities),
        maxCommuteKm: fc.option(
          fc.integer({ min: 0, max: 5000 }).map((n) => n / 10),
          { nil: null },
        ),
        remoteOnly: fc.option(fc.boolean(), { nil: null }),
        languages: fc.option(languages, { nil: null }),
      },
      {
        requiredKeys: [
          'summary',
          'abilities',
          'restrictions',
          'accommodationNeeds',
          'availability',
          'municipalityCode',
        ],
      },
    )
    .chain((profile) => {
      const offered = Math.min(40, weeklyHours(profile.availability));
      return fc.integer({ min: 1, max: Math.max(1, Math.floor(offered * 4)) }).chain((minQuarters) =>
        fc.integer({ min: minQuarters, max: 160 }).map((maxQuarters) => ({
          ...profile,
          hoursPerWeekMin: minQuarters / 4,
          hoursPerWeekMax: maxQuarters / 4,
        })),
      );
    });
  const code = (examples: unknown[]): fc.Arbitrary<unknown> => fc.oneof(fc.constantFrom(...examples), anyString);
  return variant(valid, {
    summary: fc.oneof(
      aroundLength(2000),
      longString,
      anyString,
      // identifying content: the client's name, an email, a phone number, a personal identity code
      fc.constantFrom<unknown>(
        'Ilmari osaa tiskata',
        'Kuvitteellinen on kokenut',
        'soita 040 123 4567',
        'email ilmari@example.fi',
        'hetu 010190-123A',
        '+358401234567',
      ),
    ),
    abilities: badList(
      abilities,
      variant(ability, { taskTypeCode: code(['DISHWASHING', 'nope', '', 'x'.repeat(41)]), experience: edgeInt }, 0),
      64,
    ),
    restrictions: badList(
      restrictions,
      variant(restriction, { demandCode: code(['D4300', 'd0000', '']), maxLevel: edgeInt }, 0),
      30,
    ),
    accommodationNeeds: badList(
      needs,
      variant(
        need,
        {
          accommodationCode: code(['ENV.QUIET', 'env.nothing', '']),
          necessity: fc.constantFrom<unknown>('MAYBE', 'required', '', null, 0),
        },
        0,
      ),
      27,
    ),
    hoursPerWeekMin: edgeNumber,
    hoursPerWeekMax: edgeNumber,
    availability: badSchedule(21),
    municipalityCode: municipalityBad,
    maxCommuteKm: edgeNumber,
    remoteOnly: fc.constantFrom<unknown>('true', 1, 0, []),
    languages: badList(
      languages,
      fc.oneof(fc.constantFrom<unknown>('FI', 'fin', 'f', '', 'fi ', 'f1', 'ää', 'zz'), anyString),
      10,
    ),
  });
}

// ---------------------------------------------------------------------------------------------- mutations

/** Variables of every mutation of the contract, with the caller that sends them. */
export function mutationArbitraries(taxonomy: Taxonomy): Record<MutationName, fc.Arbitrary<FuzzCase>> {
  const job = jobInput(taxonomy);
  const profile = profileInput(taxonomy);
  const topLevel = (valid: fc.Arbitrary<Vars>, bad: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Vars> =>
    variant(valid, bad, 12);
  const notAnObject = fc.constantFrom<unknown>(null, 'input', 42, [], [{}], true);
  const version = (fresh: RefName, stale: RefName): fc.Arbitrary<unknown> =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(ref(fresh)) },
      { weight: 2, arbitrary: fc.constant(ref(stale)) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 2, arbitrary: edgeInt },
      { weight: 1, arbitrary: fc.constantFrom<unknown>('1', '', true) },
    );
  const bool = fc.boolean();
  const badBool = fc.constantFrom<unknown>('true', 'false', 1, 0, null, '', [], {});

  const signUp = fc.record(
    {
      organisationName: text(5),
      businessId: validBusinessId,
      municipalityCode: fc.constantFrom(...taxonomy.municipalities),
      email: freshEmail,
      password: validPassword,
      preferredLanguage: fc.option(language, { nil: null }),
    },
    { requiredKeys: ['organisationName', 'businessId', 'municipalityCode', 'email', 'password'] },
  );
  const organisation = fc.oneof(
    fc.record(
      {
        name: text(5),
        kind: fc.constant('SERVICE_PROVIDER'),
        municipalityCode: fc.option(fc.constantFrom(...taxonomy.municipalities), { nil: null }),
      },
      { requiredKeys: ['name', 'kind'] },
    ),
    fc.record(
      {
        name: text(5),
        kind: fc.constant('EMPLOYER'),
        businessId: validBusinessId,
        municipalityCode: fc.option(fc.constantFrom(...taxonomy.municipalities), { nil: null }),
      },
      { requiredKeys: ['name', 'kind', 'businessId'] },
    ),
  );
  const user = fc.oneof(
    fc.record(
      {
        email: freshEmail,
        password: validPassword,
        role: fc.constant('COORDINATOR'),
        organisationId: fc.constant(ref('serviceProvider')),
        preferredLanguage: fc.option(language, { nil: null }),
      },
      { requiredKeys: ['email', 'password', 'role', 'organisationId'] },
    ),
    fc.record(
      {
        email: freshEmail,
        password: validPassword,
        role: fc.constant('EMPLOYER'),
        organisationId: fc.constant(ref('employerOrganisation')),
        preferredLanguage: fc.option(language, { nil: null }),
      },
      { requiredKeys: ['email', 'password', 'role', 'organisationId'] },
    ),
  );
  const client = fc.record(
    {
      displayName: fc.oneof(
        text(3),
        fc.constantFrom('Ilmari Kuvitteellinen', 'Aino Testinen-Virtanen', 'Åsa Öberg', 'محمد علي'),
      ),
      contactEmail: fc.option(freshEmail, { nil: null }),
      preferredLanguage: fc.option(language, { nil: null }),
    },
    { requiredKeys: ['displayName'] },
  );

  const accessCodeBad = fc.oneof(
    fc.constantFrom<unknown>(
      ref('usedAccessCode'),
      '',
      'AAAA-AAAA-AAAA',
      '2222-2222-2222',
      'ABCD-EFGH-JKMN',
      'x'.repeat(41),
      'x'.repeat(40),
      '0000-0000-0000',
      'IIII-LLLL-OOOO',
    ),
    fc
      .array(fc.constantFrom(...'23456789ABCDEFGHJKMNPQRSTUVWXYZ'), { minLength: 12, maxLength: 12 })
      .map((chars) => `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`),
    anyString,
  );

  return {
    signUpEmployer: cases(
      callerOf(['anonymous']),
      topLevel(
        fc.record({
          input: variant(signUp as fc.Arbitrary<Vars>, {
            organisationName: fc.oneof(aroundLength(200), aroundLength(2), anyString),
            businessId: businessIdBad,
            municipalityCode: municipalityBad,
            email: emailBad,
            password: passwordBad,
            preferredLanguage: languageBad,
          }),
        }),
        { input: notAnObject },
      ),
    ),
    login: cases(
      callerOf(['anonymous']),
      topLevel(
        fc.record({
          email: fc.oneof(
            fc.constant(ref('employerEmail')),
            fc.constant(ref('employerEmail', 'upper')),
            fc.constant(ref('employerEmail', 'padded')),
            freshEmail,
          ),
          password: fc.oneof(
            { weight: 3, arbitrary: fc.constant('correct horse battery') },
            { weight: 1, arbitrary: validPassword },
          ),
        }),
        { email: fc.oneof(emailBad, aroundLength(254)), password: passwordBad },
      ),
    ),
    loginWithAccessCode: cases(
      callerOf(['anonymous']),
      topLevel(
        fc.record({
          code: fc.oneof(
            { weight: 4, arbitrary: fc.constant(ref('accessCode')) },
            {
              weight: 2,
              arbitrary: fc
                .constantFrom(...(['lower', 'nohyphen', 'unicodeDash', 'padded'] as const))
                .map((form) => ref('accessCode', form)),
            },
          ),
        }),
        { code: accessCodeBad },
      ),
    ),
    createOrganisation: cases(
      callerOf(['admin']),
      topLevel(
        fc.record({
          input: variant(organisation as fc.Arbitrary<Vars>, {
            name: fc.oneof(aroundLength(200), aroundLength(2), anyString),
            kind: fc.constantFrom<unknown>('CLIENT', 'employer', 'ADMIN', '', 'SERVICE_PROVIDER ', 0),
            businessId: fc.oneof(businessIdBad, validBusinessId),
            municipalityCode: municipalityBad,
          }),
        }),
        { input: notAnObject },
      ),
    ),
    createUser: cases(
      callerOf(['admin']),
      topLevel(
        fc.record({
          input: variant(user as fc.Arbitrary<Vars>, {
            email: emailBad,
            password: passwordBad,
            role: fc.constantFrom<unknown>('ADMIN', 'CLIENT', 'ROOT', 'coordinator', '', 'EMPLOYER', 'COORDINATOR'),
            organisationId: idOf(
              ['serviceProvider', 'employerOrganisation'],
              ['otherServiceProvider', 'publishedJob', 'client'],
            ),
            preferredLanguage: languageBad,
          }),
        }),
        { input: notAnObject },
      ),
    ),
    createJob: cases(callerOf(['employer']), topLevel(fc.record({ input: job }), { input: notAnObject })),
    updateJob: cases(
      callerOf(['employer']),
      topLevel(
        fc.record(
          {
            id: idOf(['draftJob', 'publishedJob'], ['closedJob', 'otherPublishedJob', 'otherDraftJob', 'draftProfile']),
            input: job,
            expectedVersion: version('version:publishedJob', 'staleVersion:publishedJob'),
          },
          { requiredKeys: ['id', 'input'] },
        ),
        { id: idOf(['draftJob']), input: notAnObject, expectedVersion: edgeInt },
      ),
    ),
    publishJob: cases(
      callerOf(['employer']),
      fc.record({
        id: idOf(['draftJob'], ['publishedJob', 'closedJob', 'otherDraftJob', 'otherPublishedJob', 'statusProfile']),
      }),
    ),
    closeJob: cases(
      callerOf(['employer']),
      fc.record(
        {
          id: idOf(['publishedJob'], ['draftJob', 'closedJob', 'otherPublishedJob', 'otherDraftJob', 'client']),
          filled: fc.oneof({ weight: 4, arbitrary: fc.option(bool, { nil: null }) }, { weight: 1, arbitrary: badBool }),
        },
        { requiredKeys: ['id'] },
      ),
    ),
    createClient: cases(
      callerOf(['coordinator']),
      topLevel(
        fc.record({
          input: variant(client as fc.Arbitrary<Vars>, {
            displayName: fc.oneof(aroundLength(200), fc.constantFrom<unknown>('', '   '), anyString, longString),
            contactEmail: fc.oneof(emailBad, aroundLength(254), fc.constantFrom<unknown>(null, '')),
            preferredLanguage: languageBad,
          }),
        }),
        { input: notAnObject },
      ),
    ),
    issueClientAccessCode: cases(
      callerOf(['coordinator']),
      fc.record({
        clientId: idOf(['client', 'clientK'], ['otherClient', 'erasedClient', 'activeProfile', 'serviceProvider']),
      }),
    ),
    recordConsent: cases(
      callerOf(['coordinator']),
      topLevel(
        fc.record({
          clientId: idOf(['client', 'clientK'], ['otherClient', 'erasedClient', 'draftProfile']),
          shareWithEmployers: bool,
        }),
        { shareWithEmployers: badBool },
      ),
    ),
    setMyConsent: cases(
      callerOf(['client']),
      topLevel(fc.record({ shareWithEmployers: bool }), { shareWithEmployers: badBool }),
    ),
    eraseClient: cases(
      callerOf(['coordinator']),
      fc.record({
        clientId: idOf(['erasableClient'], ['otherClient', 'erasedClient', 'draftProfile', 'serviceProvider']),
      }),
    ),
    createProfile: cases(
      callerOf(['coordinator']),
      topLevel(
        fc.record({ clientId: idOf(['client'], ['otherClient', 'erasedClient', 'draftProfile']), input: profile }),
        { input: notAnObject },
      ),
    ),
    updateProfile: cases(
      callerOf(['coordinator']),
      topLevel(
        fc.record(
          {
            id: idOf(
              ['draftProfile', 'statusProfile'],
              ['activeProfile', 'archivedProfile', 'otherProfile', 'clientProfile', 'client'],
            ),
            input: profile,
            expectedVersion: version('version:draftProfile', 'staleVersion:draftProfile'),
          },
          { requiredKeys: ['id', 'input'] },
        ),
        { input: notAnObject, expectedVersion: edgeInt },
      ),
    ),
    setProfileStatus: cases(
      callerOf(['coordinator']),
      topLevel(
        fc.record({
          id: idOf(['statusProfile'], ['archivedProfile', 'otherProfile', 'draftProfile', 'activeProfile', 'clientK']),
          status: fc.constantFrom('DRAFT', 'ACTIVE', 'PAUSED', 'PLACED', 'ARCHIVED'),
        }),
        { status: fc.constantFrom<unknown>('active', 'DELETED', '', 'HIRED', null, 1) },
      ),
    ),
    offerJob: cases(
      callerOf(['coordinator']),
      topLevel(
        fc.record(
          {
            jobId: idOf(['publishedJob'], ['draftJob', 'closedJob', 'otherPublishedJob', 'otherDraftJob']),
            profileId: idOf(
              ['offerableProfile', 'activeProfile'],
              ['draftProfile', 'archivedProfile', 'otherProfile', 'clientK'],
            ),
            message: freeText,
          },
          { requiredKeys: ['jobId', 'profileId'] },
        ),
        { message: freeText },
      ),
    ),
    respondToOffer: cases(
      callerOf(['client']),
      topLevel(
        fc.record(
          {
            offerId: idOf(['openOffer'], ['withdrawnOffer', 'otherOffer', 'publishedJob']),
            interested: bool,
            comment: freeText,
          },
          { requiredKeys: ['offerId', 'interested'] },
        ),
        { interested: badBool, comment: freeText },
      ),
    ),
    proposeCandidate: cases(
      callerOf(['coordinator']),
      topLevel(
        fc.record(
          {
            jobId: idOf(['publishedJob'], ['draftJob', 'closedJob', 'otherPublishedJob', 'introJob']),
            profileId: idOf(
              ['proposableProfile'],
              ['draftProfile', 'archivedProfile', 'otherProfile', 'clientProfile', 'activeProfile'],
            ),
            message: freeText,
          },
          { requiredKeys: ['jobId', 'profileId'] },
        ),
        { message: freeText },
      ),
    ),
    requestIntroduction: cases(
      callerOf(['employer']),
      topLevel(
        fc.record(
          {
            jobId: idOf(['introJob'], ['publishedJob', 'draftJob', 'closedJob', 'otherPublishedJob']),
            candidateId: idOf(
              ['introCandidate'],
              ['activeProfile', 'otherProfile', 'draftProfile', 'archivedProfile', 'clientK'],
            ),
            message: freeText,
          },
          { requiredKeys: ['jobId', 'candidateId'] },
        ),
        { message: freeText },
      ),
    ),
    respondToProposal: fc
      .oneof(
        fc.record({
          caller: callerOf(['employer']),
          id: idOf(
            ['proposalAwaitingEmployer'],
            ['proposalAwaitingCoordinator', 'proposalAccepted', 'proposalClosed', 'otherProposal', 'erasedProposal'],
          ),
        }),
        fc.record({
          caller: callerOf(['coordinator']),
          id: idOf(
            ['proposalAwaitingCoordinator'],
            ['proposalAwaitingEmployer', 'proposalTrial', 'proposalClosed', 'otherProposal', 'erasedProposal'],
          ),
        }),
      )
      .chain(({ caller, id }) =>
        topLevel(
          fc
            .record(
              {
                accept: bool,
                declineReason: fc.constantFrom(
                  'TASKS_NOT_SUITABLE',
                  'HOURS_NOT_SUITABLE',
                  'ACCOMMODATION_NOT_POSSIBLE',
                  'POSITION_FILLED',
                  'CANDIDATE_NOT_INTERESTED',
                  'OTHER',
                ),
                note: freeText,
              },
              { requiredKeys: ['accept'] },
            )
            .map((answer) => ({ id, ...answer })),
          { accept: badBool, declineReason: fc.constantFrom<unknown>('BUSY', 'other', '', null, 0), note: freeText },
        ).map((variables) => ({ caller, variables })),
      ),
    recordOutcome: cases(
      callerOf(['employer', 'coordinator']),
      topLevel(
        fc.record(
          {
            id: idOf(
              ['proposalAccepted', 'proposalTrial'],
              ['proposalAwaitingEmployer', 'proposalClosed', 'otherProposal', 'erasedProposal'],
            ),
            outcome: fc.constantFrom('TRIAL', 'HIRED', 'ENDED'),
            note: freeText,
          },
          { requiredKeys: ['id', 'outcome'] },
        ),
        { outcome: fc.constantFrom<unknown>('ACCEPTED', 'DECLINED', 'hired', '', null, 2) },
      ),
    ),
    withdrawProposal: cases(
      callerOf(['employer', 'coordinator']),
      fc.record({
        id: idOf(
          ['proposalAwaitingEmployer', 'proposalAwaitingCoordinator', 'proposalAccepted'],
          ['proposalTrial', 'proposalClosed', 'otherProposal', 'erasedProposal'],
        ),
      }),
    ),
  };
}

export const MUTATION_NAMES = [
  'signUpEmployer',
  'login',
  'loginWithAccessCode',
  'createOrganisation',
  'createUser',
  'createJob',
  'updateJob',
  'publishJob',
  'closeJob',
  'createClient',
  'issueClientAccessCode',
  'recordConsent',
  'setMyConsent',
  'eraseClient',
  'createProfile',
  'updateProfile',
  'setProfileStatus',
  'offerJob',
  'respondToOffer',
  'proposeCandidate',
  'requestIntroduction',
  'respondToProposal',
  'recordOutcome',
  'withdrawProposal',
] as const;
export type MutationName = (typeof MUTATION_NAMES)[number];

// ---------------------------------------------------------------------------------------------- raw requests

/** A request written by hand: any method, headers and body. */
export interface RawRequest {
  method: 'GET' | 'POST' | 'PUT';
  headers: Record<string, string>;
  /** Appended to the URL of a GET. */
  search?: string;
  body?: string;
}

const JSON_TYPE = { 'content-type': 'application/json' };

/**
 * Requests that are not well-formed GraphQL over JSON: malformed and truncated JSON, wrong content types and
 * encodings, bodies over the size limit, JSON of the wrong shape, numbers JSON.stringify cannot write, deep nesting,
 * operations over the complexity limits, mutations over GET, odd Authorization headers. `bodies` are JSON texts of
 * well-formed mutation requests, to start from.
 */
export function rawRequests(bodies: fc.Arbitrary<string>): fc.Arbitrary<RawRequest> {
  const post = (body: string, headers: Record<string, string> = JSON_TYPE): RawRequest => ({
    method: 'POST',
    headers,
    body,
  });
  const createJob = (input: string): string =>
    `{"query":"mutation($i: JobInput!) { createJob(input: $i) { id } }","variables":{"i":${input}}}`;
  return fc.oneof(
    // truncated and corrupted JSON
    fc.tuple(bodies, fc.nat()).map(([body, at]) => post(body.slice(0, at % body.length))),
    fc
      .tuple(bodies, fc.nat(), fc.constantFrom('"', '{', '}', ',', '\\', '\u0000', '\ud800', ']'))
      .map(([body, at, c]) => {
        const i = at % body.length;
        return post(body.slice(0, i) + c + body.slice(i + 1));
      }),
    fc.string({ unit: 'binary', maxLength: 300 }).map((body) => post(body)),
    fc
      .constantFrom(
        '',
        '{',
        '}',
        '[',
        '{"query": ',
        '{"query": "mutation {"}',
        'null',
        'true',
        '42',
        '"str"',
        '[]',
        '{}',
        '[{}]',
        '{"query": null}',
        '{"query": ["a"]}',
        '{"query": 5}',
        '{"query":"mutation { login }"}',
        '{"variables": {}}',
        '{"query":"mutation { __typename }","variables":[]}',
        '{"query":"mutation { __typename }","variables":"{}"}',
        '{"query":"mutation A { __typename }","operationName":"B"}',
        '{"query":"mutation A { __typename } mutation B { __typename }"}',
        '{"query":"mutation { __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
        '{"query":"subscription { x }"}',
        '{"query":"mutation { __typename }"',
        '\ufeff{"query":"mutation { __typename }"}',
        '{"query":"mutation { __typename }","query":"mutation { __typename }"}',
        '{"__proto__":{"query":"mutation { __typename }"}}',
      )
      .map((body) => post(body)),
    fc.jsonValue({ maxDepth: 4 }).map((value) => post(JSON.stringify(value))),
    // numbers JSON can carry that JSON.stringify never writes
    fc
      .constantFrom('1e309', '-1e309', '1e-400', '-0', '123456789012345678901234567890', '1.0e1')
      .map((n) =>
        post(
          createJob(
            `{"title":"t","description":"d","municipalityCode":"091","hoursPerWeekMin":${n},"hoursPerWeekMax":${n},"schedule":[{"day":"MON","start":"08:00","end":"16:00"}],"tasks":[{"taskTypeCode":"dishwashing","description":"x","modifiable":false}],"accommodationCodes":[],"positions":${n}}`,
          ),
        ),
      ),
    // deep nesting, in the body and in variables
    fc.integer({ min: 100, max: 40_000 }).map((depth) => post(`${'['.repeat(depth)}${']'.repeat(depth)}`)),
    fc
      .integer({ min: 100, max: 20_000 })
      .map((depth) => post(createJob(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`))),
    fc.integer({ min: 100, max: 20_000 }).map((depth) => post(createJob(`${'['.repeat(depth)}${']'.repeat(depth)}`))),
    // wrong content types and encodings, and charsets
    fc
      .tuple(
        bodies,
        fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/graphql',
          'application/xml',
          'application/json; charset=latin1',
          'application/json; charset=utf-16',
          'application/json; charset=utf-8',
          'APPLICATION/JSON',
          'application/jsonx',
          'application/graphql-response+json',
          '*/*',
          '',
        ),
      )
      .map(([body, type]) => post(body, type ? { 'content-type': type } : {})),
    fc
      .tuple(bodies, fc.constantFrom('gzip', 'deflate', 'br', 'x-unknown', 'identity', 'gzip, gzip'))
      .map(([body, encoding]) => post(body, { ...JSON_TYPE, 'content-encoding': encoding })),
    // bodies over the limit
    fc
      .integer({ min: 100 * 1024 + 1, max: 400 * 1024 })
      .map((size) => post(`{"query":"mutation { __typename }","variables":{"pad":"${'x'.repeat(size)}"}}`)),
    // operations over the complexity limits
    fc.integer({ min: 16, max: 400 }).map((n) =>
      post(
        JSON.stringify({
          query: `mutation { ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`,
        }),
      ),
    ),
    fc.integer({ min: 11, max: 200 }).map((depth) =>
      post(
        JSON.stringify({
          query: `mutation { createJob(input: {}) ${'{ organisation '.repeat(depth)}{ id }${' }'.repeat(depth)} }`,
        }),
      ),
    ),
    fc
      .integer({ min: 2001, max: 8000 })
      .map((n) => post(JSON.stringify({ query: `mutation { __typename ${'__typename '.repeat(n)}}` }))),
    // mutations over GET (refused), and odd methods
    bodies.map((body) => {
      const { query, variables } = JSON.parse(body) as { query: string; variables: unknown };
      return {
        method: 'GET' as const,
        headers: { 'apollo-require-preflight': 'true' },
        search: `?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`,
      };
    }),
    bodies.map((body): RawRequest => ({ method: 'PUT', headers: JSON_TYPE, body })),
    // odd Authorization headers
    fc
      .tuple(
        bodies,
        fc.constantFrom(
          'Bearer',
          'Bearer ',
          'Basic YWRtaW46YWRtaW4=',
          'Bearer a.b.c',
          'Bearer eyJhbGciOiJub25lIn0.e30.',
          `Bearer ${'x'.repeat(4000)}`,
          'Bearer ===',
          'Token abc',
          'Bearer a b',
          'bearer',
        ),
      )
      .map(([body, authorization]) => post(body, { ...JSON_TYPE, authorization })),
  );
}
