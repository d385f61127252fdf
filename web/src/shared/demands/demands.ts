import type { TFunction } from 'i18next';
import { DEMANDS } from '../../../../src/taxonomy/data/demands';

/** The 30 functional demands of the taxonomy (ICF codes: keys only, never shown to people). */
export const DEMAND_CODES: readonly string[] = DEMANDS.map((d) => d.code);

export const DEMAND_LEVELS = [0, 1, 2, 3, 4] as const;

/** The demand in everyday words ("Lifting"), from the `taxonomy` catalogue. */
export function demandLabel(t: TFunction, code: string): string {
  return t(`taxonomy:demands.${code}.label`);
}

/** What each step 0–4 of the demand means ("No lifting" … "Heavy lifting daily"). */
export function demandSteps(t: TFunction, code: string): string[] {
  const steps = t(`taxonomy:demands.${code}.steps`, { returnObjects: true });
  return Array.isArray(steps) ? steps.map(String) : [];
}

/** One step's description; levels outside 0–4 are clamped, as the API never sends them. */
export function demandStep(t: TFunction, code: string, level: number): string {
  const steps = demandSteps(t, code);
  return steps[Math.min(4, Math.max(0, Math.round(level)))] ?? '';
}
