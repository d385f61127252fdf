import { describe, expect, it } from 'vitest';
import { folded, searchTaskTypes } from '../search';

const TYPES = [
  { code: 'dishwashing', label: 'Astianpesu' },
  { code: 'clearing_tables', label: 'Pöytien siivous' },
  { code: 'office_cleaning', label: 'Toimiston siivous' },
  { code: 'moving_help', label: 'Muuttoapu' },
];

describe('task type search', () => {
  it('folds case, umlauts and spaces', () => {
    expect(folded('  Pöytien   SIIVOUS ')).toBe('poytien siivous');
  });

  it('finds by any part of the name, every word typed, forgiving umlauts', () => {
    expect(searchTaskTypes(TYPES, 'siiv').map((t) => t.code)).toEqual(['clearing_tables', 'office_cleaning']);
    expect(searchTaskTypes(TYPES, 'poyt siiv').map((t) => t.code)).toEqual(['clearing_tables']);
    expect(searchTaskTypes(TYPES, 'pesu').map((t) => t.code)).toEqual(['dishwashing']);
    expect(searchTaskTypes(TYPES, 'lentäjä')).toEqual([]);
  });

  it('keeps them all for an empty search, and always the chosen one', () => {
    expect(searchTaskTypes(TYPES, '  ')).toHaveLength(4);
    expect(searchTaskTypes(TYPES, 'muutto', 'dishwashing').map((t) => t.code)).toEqual(['dishwashing', 'moving_help']);
  });
});
