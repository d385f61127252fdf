import { Injectable } from '@nestjs/common';
import { type Lang, languageOf } from '../common/enums';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import type { LabelLookup } from './reasons';

/** Taxonomy labels by ordinal, the form reasons refer to them in. */
@Injectable()
export class TaxonomyLabels implements LabelLookup {
  constructor(private readonly taxonomy: TaxonomyService) {}

  accommodation(ordinal: number, lang: Lang): string {
    return this.taxonomy.accommodationByOrdinal(ordinal)?.labels[languageOf(lang)] ?? '?';
  }

  demand(ordinal: number, lang: Lang): string {
    return this.taxonomy.demandByOrdinal(ordinal)?.labels[languageOf(lang)] ?? '?';
  }

  taskType(ordinal: number, lang: Lang): string {
    return this.taxonomy.taskTypeByOrdinal(ordinal)?.labels[languageOf(lang)] ?? '?';
  }
}
