import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Language } from '../common/enums';
import type { AccommodationCategory } from './data/types';

export interface Labelled {
  code: string;
  ordinal: number;
  labels: Record<Language, string>;
}
export interface AccommodationItem extends Labelled {
  category: AccommodationCategory;
}
export type DemandItem = Labelled;
export interface TaskTypeItem extends Labelled {
  typicalDemands: { demandCode: string; level: number }[];
}
export interface MunicipalityItem {
  code: string;
  ordinal: number;
  nameFi: string;
  nameSv: string;
  lat: number;
  lon: number;
}

interface LabelRow {
  code: string;
  ordinal: number;
  label_fi: string;
  label_sv: string;
  label_en: string;
}

const labelsOf = (row: LabelRow): Record<Language, string> => ({
  [Language.FI]: row.label_fi,
  [Language.SV]: row.label_sv,
  [Language.EN]: row.label_en,
});

/**
 * The taxonomies, read once from the database at boot: they change only through migrations, so every process
 * holds the same copy and lookups cost nothing on hot paths.
 */
@Injectable()
export class TaxonomyService implements OnModuleInit {
  private accommodationList: AccommodationItem[] = [];
  private demandList: DemandItem[] = [];
  private taskTypeList: TaskTypeItem[] = [];
  private municipalityList: MunicipalityItem[] = [];
  private readonly accommodationsByCode = new Map<string, AccommodationItem>();
  private readonly demandsByCode = new Map<string, DemandItem>();
  private readonly taskTypesByCode = new Map<string, TaskTypeItem>();
  private readonly municipalitiesByCode = new Map<string, MunicipalityItem>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const [accommodations, demands, taskTypes, typical, municipalities] = await Promise.all([
      this.dataSource.query<(LabelRow & { category: AccommodationCategory })[]>(
        'SELECT code, ordinal, category, label_fi, label_sv, label_en FROM accommodation ORDER BY ordinal',
      ),
      this.dataSource.query<LabelRow[]>(
        'SELECT code, ordinal, label_fi, label_sv, label_en FROM demand ORDER BY ordinal',
      ),
      this.dataSource.query<LabelRow[]>(
        'SELECT code, ordinal, label_fi, label_sv, label_en FROM task_type ORDER BY ordinal',
      ),
      this.dataSource.query<{ task_type_code: string; demand_code: string; level: number }[]>(
        `SELECT t.task_type_code, t.demand_code, t.level FROM task_type_demand t JOIN demand d ON d.code = t.demand_code
         ORDER BY t.task_type_code, d.ordinal`,
      ),
      this.dataSource.query<
        { code: string; ordinal: number; name_fi: string; name_sv: string; lat: number; lon: number }[]
      >('SELECT code, ordinal, name_fi, name_sv, lat, lon FROM municipality ORDER BY ordinal'),
    ]);
    this.accommodationList = accommodations.map((r) => ({
      code: r.code,
      ordinal: r.ordinal,
      category: r.category,
      labels: labelsOf(r),
    }));
    this.demandList = demands.map((r) => ({ code: r.code, ordinal: r.ordinal, labels: labelsOf(r) }));
    this.taskTypeList = taskTypes.map((r) => ({
      code: r.code,
      ordinal: r.ordinal,
      labels: labelsOf(r),
      typicalDemands: typical
        .filter((t) => t.task_type_code === r.code)
        .map((t) => ({ demandCode: t.demand_code, level: t.level })),
    }));
    this.municipalityList = municipalities.map((m) => ({
      code: m.code.trim(),
      ordinal: m.ordinal,
      nameFi: m.name_fi,
      nameSv: m.name_sv,
      lat: m.lat,
      lon: m.lon,
    }));
    for (const a of this.accommodationList) this.accommodationsByCode.set(a.code, a);
    for (const d of this.demandList) this.demandsByCode.set(d.code, d);
    for (const t of this.taskTypeList) this.taskTypesByCode.set(t.code, t);
    for (const m of this.municipalityList) this.municipalitiesByCode.set(m.code, m);
  }

  accommodations(): readonly AccommodationItem[] {
    return this.accommodationList;
  }
  demands(): readonly DemandItem[] {
    return this.demandList;
  }
  taskTypes(): readonly TaskTypeItem[] {
    return this.taskTypeList;
  }
  municipalities(): readonly MunicipalityItem[] {
    return this.municipalityList;
  }

  accommodation(code: string): AccommodationItem | undefined {
    return this.accommodationsByCode.get(code);
  }
  demand(code: string): DemandItem | undefined {
    return this.demandsByCode.get(code);
  }
  taskType(code: string): TaskTypeItem | undefined {
    return this.taskTypesByCode.get(code);
  }
  municipality(code: string): MunicipalityItem | undefined {
    return this.municipalitiesByCode.get(code);
  }

  accommodationByOrdinal(ordinal: number): AccommodationItem | undefined {
    return this.accommodationList[ordinal];
  }
  demandByOrdinal(ordinal: number): DemandItem | undefined {
    return this.demandList[ordinal];
  }
  taskTypeByOrdinal(ordinal: number): TaskTypeItem | undefined {
    return this.taskTypeList[ordinal];
  }
}
