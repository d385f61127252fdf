import { Injectable } from '@nestjs/common';
import { Language } from '../common/enums';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import type { LabelLookup, ReasonLang } from './reasons';

const LANGUAGE: Record<ReasonLang, Language> = { fi: Language.FI, sv: Language.SV, en: Language.EN };

/** Taxonomy labels by ordinal, the form reasons refer to them in. */
@Injectable()
export class TaxonomyLabels implements LabelLookup {
  constructor(private readonly taxonomy: TaxonomyService) {}

  accommodation(ordinal: number, lang: ReasonLang): string {
    return this.taxonomy.accommodationByOrdinal(ordinal)?.labels[LANGUAGE[lang]] ?? '?';
  }

  demand(ordinal: number, lang: ReasonLang): string {
    return this.taxonomy.demandByOrdinal(ordinal)?.labels[LANGUAGE[lang]] ?? '?';
  }

  taskType(ordinal: number, lang: ReasonLang): string {
    return this.taxonomy.taskTypeByOrdinal(ordinal)?.labels[LANGUAGE[lang]] ?? '?';
  }
}
