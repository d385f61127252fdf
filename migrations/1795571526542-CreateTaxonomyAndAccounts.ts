import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ACCOMMODATIONS, DEMANDS, MUNICIPALITIES, TASK_TYPES } from '../src/taxonomy/data';

/** Inserts rows in chunks with numbered parameters. */
async function insertRows(runner: QueryRunner, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += 200) {
    const chunk = rows.slice(start, start + 200);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => `(${row.map((value) => `$${params.push(value)}`).join(', ')})`);
    await runner.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
}

/**
 * Taxonomies (accommodations, ICF demands, task types, municipalities) with fi/sv/en labels, organisations and users.
 * The taxonomy rows come from src/taxonomy/data as it stood when this migration was written; later changes to
 * the taxonomy come as new migrations, and ordinals never change (matching features store them).
 */
export class CreateTaxonomyAndAccounts1795571526542 implements MigrationInterface {
  name = 'CreateTaxonomyAndAccounts1795571526542';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE municipality (
        code char(3) PRIMARY KEY CHECK (code ~ '^[0-9]{3}$'),
        ordinal smallint NOT NULL CONSTRAINT municipality_ordinal_key UNIQUE,
        name_fi text NOT NULL,
        name_sv text NOT NULL,
        population integer NOT NULL,
        lat double precision NOT NULL,
        lon double precision NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE accommodation (
        code varchar(40) PRIMARY KEY,
        ordinal smallint NOT NULL CONSTRAINT accommodation_ordinal_key UNIQUE CHECK (ordinal BETWEEN 0 AND 31),
        category varchar(20) NOT NULL CHECK (category IN ('SCHEDULE','WORKSPACE','SUPPORT','COMMUNICATION','EQUIPMENT','ACCESSIBILITY','TASK')),
        label_fi text NOT NULL,
        label_sv text NOT NULL,
        label_en text NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE demand (
        code varchar(10) PRIMARY KEY,
        ordinal smallint NOT NULL CONSTRAINT demand_ordinal_key UNIQUE CHECK (ordinal BETWEEN 0 AND 31),
        label_fi text NOT NULL,
        label_sv text NOT NULL,
        label_en text NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE task_type (
        code varchar(40) PRIMARY KEY,
        ordinal smallint NOT NULL CONSTRAINT task_type_ordinal_key UNIQUE CHECK (ordinal BETWEEN 0 AND 63),
        label_fi text NOT NULL,
        label_sv text NOT NULL,
        label_en text NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE task_type_demand (
        task_type_code varchar(40) NOT NULL REFERENCES task_type (code),
        demand_code varchar(10) NOT NULL REFERENCES demand (code),
        level smallint NOT NULL CHECK (level BETWEEN 0 AND 4),
        CONSTRAINT task_type_demand_pkey PRIMARY KEY (task_type_code, demand_code)
      )`);

    await insertRows(
      runner,
      'municipality',
      ['code', 'ordinal', 'name_fi', 'name_sv', 'population', 'lat', 'lon'],
      MUNICIPALITIES.map((m) => [m.code, m.ordinal, m.nameFi, m.nameSv, m.population, m.lat, m.lon]),
    );
    await insertRows(
      runner,
      'accommodation',
      ['code', 'ordinal', 'category', 'label_fi', 'label_sv', 'label_en'],
      ACCOMMODATIONS.map((a) => [a.code, a.ordinal, a.category, a.label.fi, a.label.sv, a.label.en]),
    );
    await insertRows(
      runner,
      'demand',
      ['code', 'ordinal', 'label_fi', 'label_sv', 'label_en'],
      DEMANDS.map((d) => [d.code, d.ordinal, d.label.fi, d.label.sv, d.label.en]),
    );
    await insertRows(
      runner,
      'task_type',
      ['code', 'ordinal', 'label_fi', 'label_sv', 'label_en'],
      TASK_TYPES.map((t) => [t.code, t.ordinal, t.label.fi, t.label.sv, t.label.en]),
    );
    await insertRows(
      runner,
      'task_type_demand',
      ['task_type_code', 'demand_code', 'level'],
      TASK_TYPES.flatMap((t) => t.typicalDemands.map((d) => [t.code, d.demand, d.level])),
    );

    await runner.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('EMPLOYER', 'SERVICE_PROVIDER')),
        business_id varchar(9) CHECK (business_id ~ '^[0-9]{7}-[0-9]$'),
        municipality_code char(3) REFERENCES municipality (code),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX organisation_business_id_key ON organisation (business_id) WHERE business_id IS NOT NULL`,
    );
    await runner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254),
        password_hash text,
        role varchar(16) NOT NULL CHECK (role IN ('ADMIN', 'EMPLOYER', 'COORDINATOR', 'CLIENT')),
        organisation_id uuid REFERENCES organisation (id),
        client_id uuid,
        preferred_language varchar(2) NOT NULL DEFAULT 'EN' CHECK (preferred_language IN ('FI', 'SV', 'EN')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_sign_in_check CHECK (
          (role = 'CLIENT' AND email IS NULL AND password_hash IS NULL AND client_id IS NOT NULL)
          OR (role <> 'CLIENT' AND email IS NOT NULL AND password_hash IS NOT NULL AND client_id IS NULL)
        ),
        CONSTRAINT app_user_organisation_check CHECK (role IN ('ADMIN', 'CLIENT') OR organisation_id IS NOT NULL)
      )`);
    // Emails are unique regardless of case.
    await runner.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email)) WHERE email IS NOT NULL`);
    await runner.query(`CREATE INDEX app_user_organisation_id_idx ON app_user (organisation_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'app_user',
      'organisation',
      'task_type_demand',
      'task_type',
      'demand',
      'accommodation',
      'municipality',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
