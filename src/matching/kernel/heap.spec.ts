import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { TopK } from './heap';

function order(entries: { key: number; id: number; row: number }[]): number[] {
  return [...entries].sort((a, b) => b.key - a.key || a.id - b.id || a.row - b.row).map((e) => e.row);
}

describe('TopK', () => {
  it('keeps the k best, best first, ties broken by id then row', () => {
    const heap = new TopK(3);
    heap.offer(50, 9, 0);
    heap.offer(70, 4, 1);
    heap.offer(50, 2, 2);
    heap.offer(10, 1, 3);
    heap.offer(70, 3, 4);
    const { rows, keys } = heap.drain();
    expect([...rows]).toEqual([4, 1, 2]);
    expect([...keys]).toEqual([70, 70, 50]);
    expect(heap.size).toBe(0);
  });

  it('holds fewer than k when fewer are offered, and nothing at capacity 0', () => {
    const heap = new TopK(10);
    heap.offer(1, 1, 0);
    heap.offer(2, 2, 1);
    expect([...heap.drain().rows]).toEqual([1, 0]);
    const none = new TopK(0);
    none.offer(1, 1, 0);
    expect(none.drain().rows.length).toBe(0);
    expect(() => new TopK(-1)).toThrow(RangeError);
  });

  it('matches a full sort truncated to k', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), id: fc.integer({ min: 0, max: 5 }) }), {
          maxLength: 40,
        }),
        fc.integer({ min: 0, max: 45 }),
        (raw, k) => {
          const entries = raw.map((e, row) => ({ ...e, row }));
          const heap = new TopK(k);
          for (const e of entries) heap.offer(e.key, e.id, e.row);
          expect([...heap.drain().rows]).toEqual(order(entries).slice(0, k));
        },
      ),
      { numRuns: 300 },
    );
  });
});
