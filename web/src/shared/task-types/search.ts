/** Text folded for searching: lower case, accents and umlauts away ("Pöytä" is found by "poyta"), spaces one. */
export function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The task types whose name holds every word typed, in their own order; the chosen one is always kept, so that
 * the list never loses the value it shows. An empty search keeps them all.
 */
export function searchTaskTypes<T extends { code: string; label: string }>(
  types: readonly T[],
  query: string,
  chosen = '',
): T[] {
  const words = folded(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...types];
  return types.filter((type) => {
    if (type.code === chosen) return true;
    const label = folded(type.label);
    return words.every((word) => label.includes(word));
  });
}
