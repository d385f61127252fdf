import { randomBytes } from 'node:crypto';
import type { QueryRunner } from 'typeorm';

/** Jobs and capacity profiles written straight with SQL, with only the columns the matching SQL reads. */

export interface Owners {
  employerId: string;
  serviceProviderId: string;
}

export async function createOwners(runner: QueryRunner): Promise<Owners> {
  const rows = (await runner.query(
    `INSERT INTO organisation (name, kind) VALUES ('Employer', 'EMPLOYER'), ('Provider', 'SERVICE_PROVIDER')
     RETURNING id, kind`,
  )) as { id: string; kind: string }[];
  return {
    employerId: rows.find((r) => r.kind === 'EMPLOYER')!.id,
    serviceProviderId: rows.find((r) => r.kind === 'SERVICE_PROVIDER')!.id,
  };
}

export interface ProfileRow {
  status?: string;
  hoursMin?: number;
  hoursMax?: number;
  requiredMask?: number;
  remoteOnly?: boolean;
  municipality?: string;
  maxCommuteKm?: number | null;
  version?: number;
}

export interface JobRow {
  status?: string;
  hoursMin?: number;
  hoursMax?: number;
  offeredMask?: number;
  remotePossible?: boolean;
  municipality?: string;
  version?: number;
}

export interface Inserted {
  id: string;
  seq: number;
  features: Buffer;
}

/** Each row's features are its own bytes, so that the packed candidates can be checked to carry the right ones. */
export function featuresOf(label: string): Buffer {
  return Buffer.from(`features of ${label}`, 'utf8');
}

export async function insertProfile(
  runner: QueryRunner,
  owners: Owners,
  label: string,
  row: ProfileRow,
): Promise<Inserted> {
  const [client] = (await runner.query(`INSERT INTO client (service_provider_id) VALUES ($1) RETURNING id`, [
    owners.serviceProviderId,
  ])) as { id: string }[];
  const features = featuresOf(label);
  const [inserted] = (await runner.query(
    `INSERT INTO capacity_profile (client_id, service_provider_id, pseudonym, status, summary, abilities, restrictions,
                                   accommodation_needs, hours_min, hours_max, availability, municipality_code,
                                   max_commute_km, remote_only, required_mask, features, version)
     VALUES ($1, $2, $3, $4, $13, '[]', '[]', '[]', $5, $6, $14, $7, $8, $9, $10, $11, $12)
     RETURNING id, seq`,
    [
      client.id,
      owners.serviceProviderId,
      randomBytes(6).toString('hex'),
      row.status ?? 'ACTIVE',
      row.hoursMin ?? 10,
      row.hoursMax ?? 20,
      row.municipality ?? '091',
      row.maxCommuteKm === undefined ? null : row.maxCommuteKm,
      row.remoteOnly ?? false,
      row.requiredMask ?? 0,
      features,
      row.version ?? 1,
      // A summary and a time window: capacity_profile_complete_check requires them of every status but DRAFT and
      // ARCHIVED (the worker's SQL reads neither).
      `Profile ${label}`,
      JSON.stringify([{ day: 'MON', start: '09:00', end: '13:00' }]),
    ],
  )) as { id: string; seq: string }[];
  return { id: inserted.id, seq: Number(inserted.seq), features };
}

export async function insertJob(runner: QueryRunner, owners: Owners, label: string, row: JobRow): Promise<Inserted> {
  const features = featuresOf(label);
  const [inserted] = (await runner.query(
    `INSERT INTO job (organisation_id, title, description, status, municipality_code, remote_possible, hours_min,
                      hours_max, schedule, accommodation_codes, search_text, offered_mask, features, version)
     VALUES ($1, $2, '', $3, $4, $5, $6, $7, '[]', '{}', '', $8, $9, $10)
     RETURNING id, seq`,
    [
      owners.employerId,
      label,
      row.status ?? 'PUBLISHED',
      row.municipality ?? '091',
      row.remotePossible ?? false,
      row.hoursMin ?? 10,
      row.hoursMax ?? 20,
      row.offeredMask ?? 0,
      features,
      row.version ?? 1,
    ],
  )) as { id: string; seq: string }[];
  return { id: inserted.id, seq: Number(inserted.seq), features };
}
