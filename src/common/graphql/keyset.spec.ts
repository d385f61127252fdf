import { decodeCursor, encodeCursor, isCursorTime, isStorableDate, type KeyPart, TIMESTAMP, UUID } from './keyset';

const ID = '6f1c1b1e-8c1a-4c1e-9d5e-2b1f3a4c5d6e';
const MATCH = [
  { kind: 'integer', min: 0, max: 1 },
  { kind: 'number', min: 0, max: 100 },
  UUID,
] as const satisfies readonly KeyPart[];

function refusal(cursor: string, parts: readonly KeyPart[]): unknown {
  try {
    decodeCursor(cursor, parts);
  } catch (error) {
    return (error as { fields: unknown }).fields;
  }
  return 'accepted';
}

const invalid = [{ field: 'after', message: 'is not a cursor from this list', reason: 'INVALID_CURSOR' }];

describe('keyset cursors', () => {
  it('reads back what a list wrote', () => {
    const at = '2026-12-01T10:11:12.123456Z';
    expect(decodeCursor(encodeCursor([at, ID]), [TIMESTAMP, UUID])).toEqual([at, ID]);
    expect(decodeCursor(encodeCursor([1, 87.25, ID]), MATCH)).toEqual([1, 87.25, ID]);
  });

  it.each([
    ['a fraction where an integer belongs', encodeCursor([1.5, 80, ID]), MATCH],
    ['an integer out of range', encodeCursor([2, 80, ID]), MATCH],
    ['a score out of range', encodeCursor([1, 1e300, ID]), MATCH],
    ['a number as text', encodeCursor(['1', 80, ID]), MATCH],
    ['no uuid', encodeCursor([1, 80, 'x']), MATCH],
    ['30 February', encodeCursor(['2026-02-30T00:00:00.000000Z', ID]), [TIMESTAMP, UUID]],
    ['hour 25', encodeCursor(['2026-02-10T25:00:00.000000Z', ID]), [TIMESTAMP, UUID]],
    ['year 0', encodeCursor(['0000-01-01T00:00:00.000000Z', ID]), [TIMESTAMP, UUID]],
    ['milliseconds only', encodeCursor(['2026-02-10T10:00:00.000Z', ID]), [TIMESTAMP, UUID]],
    ['too few parts', encodeCursor([ID]), [TIMESTAMP, UUID]],
    ['not base64 JSON', '%%%', [TIMESTAMP, UUID]],
    ['an object', Buffer.from('{"a":1}').toString('base64url'), [TIMESTAMP, UUID]],
  ])('refuses %s', (_what, cursor, parts) => {
    expect(refusal(cursor, parts)).toEqual(invalid);
  });

  it('knows real timestamps from look-alikes', () => {
    expect(isCursorTime('2024-02-29T23:59:59.999999Z')).toBe(true);
    expect(isCursorTime('2023-02-29T23:59:59.999999Z')).toBe(false);
    expect(isCursorTime('1969-12-31T23:59:59.999999Z')).toBe(false);
  });

  it('knows dates Postgres keeps as they are', () => {
    expect(isStorableDate(new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(isStorableDate(new Date('-010000-01-01T00:00:00Z'))).toBe(false);
    expect(isStorableDate(new Date('+275760-09-13T00:00:00Z'))).toBe(false);
    expect(isStorableDate(new Date(Number.NaN))).toBe(false);
  });
});
