/** Whether entry a ranks below entry b: key descending, then id ascending, then row ascending. */
function ranksBelow(aKey: number, aId: number, aRow: number, bKey: number, bId: number, bRow: number): boolean {
  if (aKey !== bKey) return aKey < bKey;
  if (aId !== bId) return aId > bId;
  return aRow > bRow;
}

/**
 * Keeps the best `capacity` entries offered, by key descending, then id ascending, then row ascending (rows are
 * unique, so the order is total and the result deterministic). A binary min-heap over typed arrays whose root is
 * the worst kept entry: an offer costs O(1) when it does not beat the root, O(log k) otherwise, and allocates
 * nothing. The candidates are never sorted as a whole.
 */
export class TopK {
  readonly capacity: number;
  private readonly keys: Float64Array;
  private readonly ids: Float64Array;
  private readonly rows: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`invalid capacity: ${capacity}`);
    this.capacity = capacity;
    this.keys = new Float64Array(capacity);
    this.ids = new Float64Array(capacity);
    this.rows = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  offer(key: number, id: number, row: number): void {
    const keys = this.keys;
    const ids = this.ids;
    const rows = this.rows;
    if (this.count < this.capacity) {
      let i = this.count++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!ranksBelow(key, id, row, keys[parent], ids[parent], rows[parent])) break;
        keys[i] = keys[parent];
        ids[i] = ids[parent];
        rows[i] = rows[parent];
        i = parent;
      }
      keys[i] = key;
      ids[i] = id;
      rows[i] = row;
      return;
    }
    if (this.capacity === 0 || ranksBelow(key, id, row, keys[0], ids[0], rows[0])) return;
    this.siftDown(key, id, row, this.count);
  }

  /** Puts the entry at the root of the first n slots and restores heap order. */
  private siftDown(key: number, id: number, row: number, n: number): void {
    const keys = this.keys;
    const ids = this.ids;
    const rows = this.rows;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && ranksBelow(keys[right], ids[right], rows[right], keys[child], ids[child], rows[child])) {
        child = right;
      }
      if (!ranksBelow(keys[child], ids[child], rows[child], key, id, row)) break;
      keys[i] = keys[child];
      ids[i] = ids[child];
      rows[i] = rows[child];
      i = child;
    }
    keys[i] = key;
    ids[i] = id;
    rows[i] = row;
  }

  /** Empties the heap into rows and keys, best first (heap sort of the k kept entries). */
  drain(): { rows: Int32Array; keys: Float64Array } {
    const n = this.count;
    const outRows = new Int32Array(n);
    const outKeys = new Float64Array(n);
    for (let last = n - 1; last >= 0; last--) {
      outRows[last] = this.rows[0];
      outKeys[last] = this.keys[0];
      if (last > 0) this.siftDown(this.keys[last], this.ids[last], this.rows[last], last);
    }
    this.count = 0;
    return { rows: outRows, keys: outKeys };
  }
}
