import { MUNICIPALITIES } from '../../../src/taxonomy/data/municipalities';

/** Finland's municipalities, from the server's own list (one source for both), by Statistics Finland code. */
const BY_CODE = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

/** The municipality's name in the language (Swedish for sv, Finnish otherwise), or the code when unknown. */
export function municipalityName(code: string, language: string): string {
  const municipality = BY_CODE.get(code);
  if (!municipality) return code;
  return language === 'sv' ? municipality.nameSv : municipality.nameFi;
}
