import { MUNICIPALITIES } from '../../../../src/taxonomy/data/municipalities';
import type { MunicipalityDef } from '../../../../src/taxonomy/data/types';

export type Municipality = MunicipalityDef;

function fold(text: string): string {
  return text.trim().toLocaleLowerCase('fi').replace(/\s+/g, ' ');
}

/** 0: a name starts with the query, 1: a word of a name does, 2: a name contains it; null: no match. */
function rank(municipality: Municipality, query: string): number | null {
  const names = [fold(municipality.nameFi), fold(municipality.nameSv)];
  if (names.some((name) => name.startsWith(query))) return 0;
  if (names.some((name) => name.split(/[\s-]/).some((word) => word.startsWith(query)))) return 1;
  if (names.some((name) => name.includes(query))) return 2;
  return null;
}

/**
 * Municipalities whose Finnish or Swedish name matches what was typed (case and extra spaces ignored): names that
 * start with it first, and within that the larger municipalities first, as people most often mean those.
 */
export function searchMunicipalities(typed: string, limit = 8): Municipality[] {
  const query = fold(typed);
  if (!query) return [];
  return MUNICIPALITIES.map((m) => ({ m, rank: rank(m, query) }))
    .filter((hit): hit is { m: Municipality; rank: number } => hit.rank !== null)
    .sort((a, b) => a.rank - b.rank || b.m.population - a.m.population)
    .slice(0, limit)
    .map((hit) => hit.m);
}

/** The municipality whose Finnish or Swedish name (or displayed name) is exactly what was typed. */
export function exactMunicipality(typed: string): Municipality | null {
  const query = fold(typed);
  if (!query) return null;
  return (
    MUNICIPALITIES.find(
      (m) =>
        fold(m.nameFi) === query ||
        fold(m.nameSv) === query ||
        fold(displayName(m, 'fi')) === query ||
        fold(displayName(m, 'sv')) === query,
    ) ?? null
  );
}

export function municipalityByCode(code: string | null | undefined): Municipality | null {
  return MUNICIPALITIES.find((m) => m.code === code) ?? null;
}

/** The name in the reader's language first, the other official name after it when it differs. */
export function displayName(municipality: Municipality, language: string): string {
  const [first, second] =
    language === 'sv' ? [municipality.nameSv, municipality.nameFi] : [municipality.nameFi, municipality.nameSv];
  return first === second ? first : `${first} (${second})`;
}
