import { describe, expect, it } from 'vitest';
import { displayName, exactMunicipality, municipalityByCode, searchMunicipalities } from '../search';

describe('municipality search', () => {
  it('finds a municipality by its Finnish or its Swedish name, ignoring case and spaces', () => {
    expect(searchMunicipalities('helsinki')[0].code).toBe('091');
    expect(searchMunicipalities('  HELSINGFORS ')[0].code).toBe('091');
    expect(searchMunicipalities('Åbo')[0].code).toBe('853');
    expect(searchMunicipalities('vasa')[0].code).toBe('905');
  });

  it('lists names that start with the text first, larger municipalities first', () => {
    const codes = searchMunicipalities('es').map((m) => m.code);
    expect(codes[0]).toBe('049'); // Espoo before the smaller Eno… and names that only contain "es"
    expect(searchMunicipalities('x', 3).length).toBeLessThanOrEqual(3);
    expect(searchMunicipalities('')).toEqual([]);
    expect(searchMunicipalities('zzz')).toEqual([]);
  });

  it('recognises an exact name in either language, or the name as the picker shows it', () => {
    expect(exactMunicipality('Helsingfors')?.code).toBe('091');
    expect(exactMunicipality('vantaa')?.code).toBe('092');
    expect(exactMunicipality('Helsinki (Helsingfors)')?.code).toBe('091');
    expect(exactMunicipality('Hel')).toBeNull();
  });

  it('shows the reader’s language first and the other name when it differs', () => {
    const helsinki = municipalityByCode('091');
    expect(helsinki && displayName(helsinki, 'fi')).toBe('Helsinki (Helsingfors)');
    expect(helsinki && displayName(helsinki, 'sv')).toBe('Helsingfors (Helsinki)');
    const alajarvi = municipalityByCode('005');
    expect(alajarvi && displayName(alajarvi, 'sv')).toBe('Alajärvi');
    expect(municipalityByCode('999')).toBeNull();
  });
});
