import type { Lang } from '../../common/enums';

export type Labels = Record<Lang, string>;

export const ACCOMMODATION_CATEGORIES = [
  'SCHEDULE',
  'WORKSPACE',
  'SUPPORT',
  'COMMUNICATION',
  'EQUIPMENT',
  'ACCESSIBILITY',
  'TASK',
] as const;

export type AccommodationCategory = (typeof ACCOMMODATION_CATEGORIES)[number];

export interface AccommodationDef {
  code: string;
  ordinal: number;
  category: AccommodationCategory;
  label: Labels;
}

export interface DemandDef {
  code: string;
  ordinal: number;
  label: Labels;
}

/** A task type's usual level on one demand: `demand` is an ICF code, `level` the ICF qualifier 0..4. */
export interface TypicalDemand {
  demand: string;
  level: number;
}

export interface TaskTypeDef {
  code: string;
  ordinal: number;
  label: Labels;
  typicalDemands: TypicalDemand[];
}

export interface MunicipalityDef {
  code: string;
  ordinal: number;
  nameFi: string;
  nameSv: string;
  population: number;
  lat: number;
  lon: number;
}
