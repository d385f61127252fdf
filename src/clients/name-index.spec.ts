import { describe, expect, it } from '@jest/globals';
import { MAX_PREFIX, NameIndex, namePrefixes, nameWords, searchPrefixes } from './name-index';

const KEY = Buffer.alloc(32, 7);
const PROVIDER = '00000000-0000-4000-8000-000000000001';
const OTHER_PROVIDER = '00000000-0000-4000-8000-000000000002';

describe('name index', () => {
  it('splits names into lower-case words, keeping Nordic letters', () => {
    expect(nameWords('  Åsa-Liisa  VÄISÄNEN ')).toEqual(['åsa', 'liisa', 'väisänen']);
    expect(nameWords('O’Brien, Seán')).toEqual(['o', 'brien', 'seán']);
  });

  it('indexes every prefix of two letters or more, each once', () => {
    expect(namePrefixes('Anna Anni')).toEqual(['an', 'ann', 'anna', 'anni']);
    expect(namePrefixes('A B')).toEqual([]);
  });

  it('caps long words at the longest indexed prefix, in the index and in a search', () => {
    const long = 'x'.repeat(MAX_PREFIX + 5);
    expect(Math.max(...namePrefixes(long).map((p) => p.length))).toBe(MAX_PREFIX);
    expect(searchPrefixes(long)).toEqual(['x'.repeat(MAX_PREFIX)]);
  });

  it('searches by the words of the query long enough to be indexed', () => {
    expect(searchPrefixes('väi  A liis liis')).toEqual(['väi', 'liis']);
    expect(searchPrefixes('a')).toEqual([]);
  });

  it('finds a name by part of it and tells service providers apart', () => {
    const index = new NameIndex(KEY);
    const stored = index.tokensOfName(PROVIDER, 'Liisa Väisänen').map((t) => t.toString('hex'));
    for (const query of ['väis', 'LIISA', 'li vä']) {
      const wanted = index.tokensOfQuery(PROVIDER, query).map((t) => t.toString('hex'));
      expect(wanted.every((token) => stored.includes(token))).toBe(true);
    }
    expect(stored).not.toContain(index.tokensOfQuery(PROVIDER, 'väisx')[0].toString('hex'));
    expect(stored).not.toContain(index.tokensOfQuery(OTHER_PROVIDER, 'liisa')[0].toString('hex'));
    expect(new NameIndex(Buffer.alloc(32, 8)).token(PROVIDER, 'li')).not.toEqual(index.token(PROVIDER, 'li'));
  });
});
