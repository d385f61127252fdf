import type { TFunction } from 'i18next';
import { ACCOMMODATIONS } from '../../../../src/taxonomy/data/accommodations';
import { ACCOMMODATION_CATEGORIES, type AccommodationCategory } from '../../../../src/taxonomy/data/types';

export interface AccommodationGroup {
  category: AccommodationCategory;
  codes: string[];
}

/** The taxonomy's accommodations by category, in the taxonomy's order. */
export const ACCOMMODATION_GROUPS: readonly AccommodationGroup[] = ACCOMMODATION_CATEGORIES.map((category) => ({
  category,
  codes: ACCOMMODATIONS.filter((a) => a.category === category).map((a) => a.code),
})).filter((group) => group.codes.length > 0);

const BY_CODE = new Map(ACCOMMODATIONS.map((a) => [a.code, a]));

/** The accommodation's name in the language (the taxonomy's own label), or the code when unknown. */
export function accommodationLabel(code: string, language: string): string {
  const accommodation = BY_CODE.get(code);
  if (!accommodation) return code;
  return language === 'sv'
    ? accommodation.label.sv
    : language === 'en'
      ? accommodation.label.en
      : accommodation.label.fi;
}

/** A sentence on what the accommodation means in practice, from the `taxonomy` catalogue. */
export function accommodationDescription(t: TFunction, code: string): string {
  return t(`taxonomy:accommodations.${code}`);
}

export function categoryLabel(t: TFunction, category: AccommodationCategory): string {
  return t(`taxonomy:categories.${category}`);
}
