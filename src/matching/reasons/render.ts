import type { Lang } from '../../common/enums';
import type { Catalog } from './catalogs';
import { CATALOGS, EMPLOYER_CATALOGS } from './catalogs';
import type { Reason } from './reason';

/** Taxonomy labels by ordinal: sentence-case noun phrases such as "Quiet, low-noise space". */
export interface LabelLookup {
  accommodation(ordinal: number, lang: Lang): string;
  demand(ordinal: number, lang: Lang): string;
  taskType(ordinal: number, lang: Lang): string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A number as people write it: at most two decimals, no trailing zeros, decimal comma in Finnish and Swedish.
 * No thousands separator: the numbers here (hours, km, counts) stay below 10 000.
 */
export function formatNumber(value: number, lang: Lang): string {
  const text = String(Math.round(value * 100) / 100);
  return lang === 'en' ? text : text.replace('.', ',');
}

/** Lowercases a label's first letter for use mid-sentence, but leaves acronyms ("PC work") alone. */
export function midSentence(label: string): string {
  if (label.length > 1 && label[1] === label[1].toUpperCase() && label[1] !== label[1].toLowerCase()) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function labelOf(name: string, value: number, lang: Lang, labels: LabelLookup): string | undefined {
  if (name === 'accommodation') return labels.accommodation(value, lang);
  if (name === 'demand') return labels.demand(value, lang);
  if (name === 'taskType') return labels.taskType(value, lang);
  return undefined;
}

/** Who reads a reason: employers get the words of EMPLOYER_CATALOGS where those differ. */
export type ReasonAudience = 'employer' | 'coordinator';

/** One reason as a plain-language sentence in the given language, for the given reader. */
export function renderReason(
  reason: Reason,
  lang: Lang,
  labels: LabelLookup,
  audience: ReasonAudience = 'coordinator',
): string {
  const catalog: Catalog = CATALOGS[lang];
  const template = (audience === 'employer' ? EMPLOYER_CATALOGS[lang][reason.code] : undefined) ?? catalog[reason.code];
  const params: Readonly<Record<string, number>> = reason.params;
  return template.replace(PLACEHOLDER, (_placeholder: string, name: string, offset: number) => {
    const value = params[name];
    if (value === undefined) throw new RangeError(`reason ${reason.code} has no parameter ${name}`);
    const label = labelOf(name, value, lang, labels);
    if (label === undefined) return formatNumber(value, lang);
    return offset === 0 ? label : midSentence(label);
  });
}
