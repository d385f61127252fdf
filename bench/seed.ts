/**
 * Bulk seeding of the bench database with SQL (multi-row INSERT ... SELECT FROM unnest), in the stored shapes the
 * services write: accounts, consented clients with encrypted identities, ACTIVE profiles and PUBLISHED jobs with
 * their matching columns (src/matching/encoding.ts). Seeded rows are marked scored (scored_version = version), so
 * the worker's reconciler leaves them alone and the timed runs are the only scoring work.
 */
import { randomUUID } from 'node:crypto';
import * as argon2 from 'argon2';
import type pg from 'pg';
import { FinnishBusinessIds } from 'finnish-business-ids';
import { ARGON2_OPTIONS } from '../src/accounts/password.service';
import { identityAad } from '../src/clients/identity.service';
import { FieldCipher } from '../src/common/crypto/field-cipher';
import { WEEKDAYS } from '../src/common/enums';
import { jobMatchingColumns, profileMatchingColumns } from '../src/matching/encoding';
import { SCORER_VERSION } from '../src/matching/scorer-version';
import { type BenchJob, type BenchProfile, TAXONOMY } from './data';
import type { BenchStack } from './stack';
import { log } from './util';

const PASSWORD = 'bench-password-not-secret';
const BATCH = 2500;

export interface Accounts {
  employerToken: string;
  employerOrganisationId: string;
  coordinatorToken: string;
  serviceProviderId: string;
  /** owner of the seeded PUBLISHED jobs */
  otherEmployerId: string;
}

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

/**
 * The accounts, by SQL: production (which the bench runs in) refuses signUpEmployer and passwords chosen for others,
 * and the verification and invitation links would need a mail catcher. Two verified employers, a service provider
 * and its coordinator; the employer and the coordinator sign in through the API.
 */
export async function seedAccounts(stack: BenchStack): Promise<Accounts> {
  const organisations = await stack.db.query<{ id: string; name: string }>(
    `INSERT INTO organisation (name, kind, business_id, municipality_code, verified_at)
     VALUES ('Bench Lounasravintola Oy', 'EMPLOYER', $1, '091', now()),
            ('Bench Työkykypalvelut', 'SERVICE_PROVIDER', NULL, '091', NULL),
            ('Bench Kiinteistöpalvelu Oy', 'EMPLOYER', $2, '091', now())
     RETURNING id, name`,
    [FinnishBusinessIds.generateBusinessId(), FinnishBusinessIds.generateBusinessId()],
  );
  const idOf = (name: string) => organisations.rows.find((o) => o.name === name)!.id;
  const employerOrganisationId = idOf('Bench Lounasravintola Oy');
  const serviceProviderId = idOf('Bench Työkykypalvelut');
  const otherEmployerId = idOf('Bench Kiinteistöpalvelu Oy');
  const stamp = Date.now();
  const employerEmail = `employer-${stamp}@bench.example`;
  const coordinatorEmail = `coordinator-${stamp}@bench.example`;
  const hash = await argon2.hash(PASSWORD, ARGON2_OPTIONS);
  await stack.db.query(
    `INSERT INTO app_user (email, password_hash, role, organisation_id, preferred_language)
     VALUES ($1, $3, 'EMPLOYER', $4, 'FI'), ($2, $3, 'COORDINATOR', $5, 'FI')`,
    [employerEmail, coordinatorEmail, hash, employerOrganisationId, serviceProviderId],
  );
  const employer = await stack.gql<{ login: { token: string } }>(LOGIN, { e: employerEmail, p: PASSWORD });
  const coordinator = await stack.gql<{ login: { token: string } }>(LOGIN, { e: coordinatorEmail, p: PASSWORD });
  return {
    employerToken: employer.login.token,
    employerOrganisationId,
    coordinatorToken: coordinator.login.token,
    serviceProviderId,
    otherEmployerId,
  };
}

const PSEUDONYM_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const PSEUDONYM_SPACE = 31 ** 5;

/** Distinct pseudonyms (C-XXXXX) for seeded rows: n ↦ 7919·n mod 31^5 is one-to-one, and looks random enough. */
/** Runs `work` on one connection in one transaction. */
async function inTransaction(stack: BenchStack, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await stack.db.connect();
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

function pseudonymOf(n: number): string {
  let x = (n * 7919 + 104_729) % PSEUDONYM_SPACE;
  let code = '';
  for (let i = 0; i < 5; i++) {
    code = PSEUDONYM_ALPHABET[x % 31] + code;
    x = Math.floor(x / 31);
  }
  return `C-${code}`;
}

const byOrdinal =
  <T>(ordinal: (item: T) => number) =>
  (a: T, b: T): number =>
    ordinal(a) - ordinal(b);
const dayOrder = byOrdinal((w: { day: (typeof WEEKDAYS)[number] }) => WEEKDAYS.indexOf(w.day));

/** The profile in the canonical order the service stores (lists sorted by taxonomy ordinal, windows by day). */
function storedProfile(p: BenchProfile): BenchProfile {
  return {
    ...p,
    abilities: [...p.abilities].sort(byOrdinal((a) => TAXONOMY.taskType(a.taskTypeCode)!.ordinal)),
    restrictions: [...p.restrictions].sort(byOrdinal((r) => TAXONOMY.demand(r.demandCode)!.ordinal)),
    accommodationNeeds: [...p.accommodationNeeds].sort(
      byOrdinal((n) => TAXONOMY.accommodation(n.accommodationCode)!.ordinal),
    ),
    availability: [...p.availability].sort(dayOrder),
  };
}

/**
 * Consented clients (each with an encrypted display name, sealed with the key the processes get) and one ACTIVE,
 * already scored profile each. `first` numbers the pseudonyms so that later batches do not collide. Returns the
 * profile ids in the order of `profiles`.
 */
/** A progress line every so many seeded profiles. */
const PROGRESS_EVERY = 100_000;

export async function seedProfiles(
  stack: BenchStack,
  accounts: Accounts,
  profiles: readonly BenchProfile[],
  first: number,
): Promise<string[]> {
  const cipher = new FieldCipher(stack.dataEncryptionKey);
  const ids: string[] = [];
  for (let start = 0; start < profiles.length; start += BATCH) {
    const batch = profiles.slice(start, start + BATCH).map(storedProfile);
    const clientIds = batch.map(() => randomUUID());
    const profileIds = batch.map(() => randomUUID());
    const names = clientIds.map((id, i) =>
      cipher.encrypt(`Testi Henkilö ${first + start + i}`, identityAad(id, 'display_name')),
    );
    const matching = batch.map((p) => profileMatchingColumns(p, TAXONOMY));
    await inTransaction(stack, async (client) => {
      await client.query(
        `INSERT INTO client (id, service_provider_id, preferred_language, share_with_employers, consent_changed_at)
       SELECT id, $2, 'FI', true, now() FROM unnest($1::uuid[]) AS id`,
        [clientIds, accounts.serviceProviderId],
      );
      await client.query(
        `INSERT INTO client_identity (client_id, display_name) SELECT * FROM unnest($1::uuid[], $2::bytea[])`,
        [clientIds, names],
      );
      await client.query(
        `INSERT INTO consent_event (client_id, share_with_employers, actor_role)
       SELECT id, true, 'COORDINATOR' FROM unnest($1::uuid[]) AS id`,
        [clientIds],
      );
      await client.query(
        `INSERT INTO capacity_profile (id, client_id, service_provider_id, pseudonym, status, summary, abilities,
                                    restrictions, accommodation_needs, hours_min, hours_max, availability,
                                    municipality_code, max_commute_km, remote_only, languages, required_mask,
                                    features, version, scored_version, scored_scorer_version, scored_at)
       SELECT id, client_id, $3, pseudonym, 'ACTIVE', summary, abilities::jsonb, restrictions::jsonb,
              needs::jsonb, hours_min, hours_max, availability::jsonb, municipality_code, max_commute_km,
              remote_only, string_to_array(languages, ','), required_mask, features, 1, 1, ${SCORER_VERSION}, now()
         FROM unnest($1::uuid[], $2::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $9::real[], $10::real[], $11::text[], $12::text[], $13::real[], $14::boolean[], $15::text[],
                     $16::integer[], $17::bytea[])
           AS r(id, client_id, pseudonym, summary, abilities, restrictions, needs, hours_min, hours_max,
                availability, municipality_code, max_commute_km, remote_only, languages, required_mask, features)`,
        [
          profileIds,
          clientIds,
          accounts.serviceProviderId,
          batch.map((_, i) => pseudonymOf(first + start + i)),
          batch.map((p) => p.summary),
          batch.map((p) => JSON.stringify(p.abilities)),
          batch.map((p) => JSON.stringify(p.restrictions)),
          batch.map((p) => JSON.stringify(p.accommodationNeeds)),
          batch.map((p) => p.hoursMin),
          batch.map((p) => p.hoursMax),
          batch.map((p) => JSON.stringify(p.availability)),
          batch.map((p) => p.municipalityCode),
          batch.map((p) => p.maxCommuteKm),
          batch.map((p) => p.remoteOnly),
          batch.map((p) => p.languages.join(',')),
          matching.map((m) => m.requiredMask),
          matching.map((m) => m.features),
        ],
      );
    });
    ids.push(...profileIds);
    if (Math.floor((start + BATCH) / PROGRESS_EVERY) > Math.floor(start / PROGRESS_EVERY)) {
      log(`  seeded ${Math.min(start + BATCH, profiles.length)} of ${profiles.length} profiles`);
    }
  }
  await stack.db.query('ANALYZE client, client_identity, capacity_profile');
  return ids;
}

/** The job's input for createJob / updateJob. */
export function jobInputOf(job: BenchJob): Record<string, unknown> {
  return {
    title: job.title,
    description: job.description,
    municipalityCode: job.municipalityCode,
    remotePossible: job.remotePossible,
    hoursPerWeekMin: job.hoursMin,
    hoursPerWeekMax: job.hoursMax,
    schedule: job.schedule,
    tasks: job.tasks.map((t) => ({
      taskTypeCode: t.taskTypeCode,
      description: t.description,
      demands: t.demands,
      modifiable: t.modifiable,
      hoursShare: t.hoursShare,
    })),
    accommodationCodes: job.accommodationCodes,
    hourlyWage: job.hourlyWage,
  };
}

/** The profile's input for updateProfile. */
export function profileInputOf(profile: BenchProfile): Record<string, unknown> {
  return {
    summary: profile.summary,
    abilities: profile.abilities,
    restrictions: profile.restrictions,
    accommodationNeeds: profile.accommodationNeeds,
    hoursPerWeekMin: profile.hoursMin,
    hoursPerWeekMax: profile.hoursMax,
    availability: profile.availability,
    municipalityCode: profile.municipalityCode,
    maxCommuteKm: profile.maxCommuteKm,
    remoteOnly: profile.remoteOnly,
    languages: profile.languages,
  };
}

/** PUBLISHED jobs of the second employer, version 1 with its tasks, already scored. Returns their ids. */
export async function seedPublishedJobs(
  stack: BenchStack,
  accounts: Accounts,
  jobs: readonly BenchJob[],
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < jobs.length; start += BATCH) {
    const batch = jobs.slice(start, start + BATCH).map((job) => ({
      ...job,
      accommodationCodes: [...job.accommodationCodes].sort(byOrdinal((code) => TAXONOMY.accommodation(code)!.ordinal)),
      schedule: [...job.schedule].sort(dayOrder),
      tasks: job.tasks.map((t) => ({
        ...t,
        demands: [...t.demands].sort(byOrdinal((d) => TAXONOMY.demand(d.demandCode)!.ordinal)),
      })),
    }));
    const jobIds = batch.map(() => randomUUID());
    const matching = batch.map((j) => jobMatchingColumns(j, TAXONOMY));
    const tasks = batch.flatMap((job, j) => job.tasks.map((task, position) => ({ jobId: jobIds[j], position, task })));
    await inTransaction(stack, async (client) => {
      await client.query(
        `INSERT INTO job (id, organisation_id, title, description, status, municipality_code, remote_possible,
                        hours_min, hours_max, schedule, accommodation_codes, hourly_wage, positions, search_text,
                        offered_mask, features, version, scored_version, scored_scorer_version, scored_at,
                        published_at)
       SELECT id, $2, title, description, 'PUBLISHED', municipality_code, remote_possible, hours_min, hours_max,
              schedule::jsonb, string_to_array(accommodation_codes, ','), hourly_wage, 1, search_text,
              offered_mask, features, 1, 1, ${SCORER_VERSION}, now(), now()
         FROM unnest($1::uuid[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::real[], $8::real[],
                     $9::text[], $10::text[], $11::numeric[], $12::text[], $13::integer[], $14::bytea[])
           AS r(id, title, description, municipality_code, remote_possible, hours_min, hours_max, schedule,
                accommodation_codes, hourly_wage, search_text, offered_mask, features)`,
        [
          jobIds,
          accounts.otherEmployerId,
          batch.map((j) => j.title),
          batch.map((j) => j.description),
          batch.map((j) => j.municipalityCode),
          batch.map((j) => j.remotePossible),
          batch.map((j) => j.hoursMin),
          batch.map((j) => j.hoursMax),
          batch.map((j) => JSON.stringify(j.schedule)),
          batch.map((j) => j.accommodationCodes.join(',')),
          batch.map((j) => j.hourlyWage),
          batch.map((j) => [j.title, j.description, ...j.tasks.map((t) => t.description)].join('\n')),
          matching.map((m) => m.offeredMask),
          matching.map((m) => m.features),
        ],
      );
      await client.query(
        `INSERT INTO job_task (job_id, job_version, position, task_type_code, description, demands, modifiable,
                             hours_share)
       SELECT job_id, 1, position, task_type_code, description, demands::jsonb, modifiable, hours_share
         FROM unnest($1::uuid[], $2::smallint[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::smallint[])
           AS r(job_id, position, task_type_code, description, demands, modifiable, hours_share)`,
        [
          tasks.map((t) => t.jobId),
          tasks.map((t) => t.position),
          tasks.map((t) => t.task.taskTypeCode),
          tasks.map((t) => t.task.description),
          tasks.map((t) => JSON.stringify(t.task.demands)),
          tasks.map((t) => t.task.modifiable),
          tasks.map((t) => t.task.hoursShare),
        ],
      );
    });
    ids.push(...jobIds);
  }
  await stack.db.query('ANALYZE job, job_task');
  return ids;
}

/**
 * The seeded PUBLISHED jobs are marked scored without match rows (scoring 2,000 jobs would take minutes), which
 * leaves the match table a few thousand rows where a caught-up database holds about 600 per PUBLISHED job. Reads
 * would then run on tiny indexes, and the planner, expecting a handful of rows per job, would plan a job's page
 * as a sort of its whole list. Before the read section, each seeded job gets rows like those a run leaves (the
 * full run: 600, its top 500 and 100 near misses; five in six feasible), with distinct profiles, ranked, with a
 * real row's reasons (pairs that profile runs already stored are kept). Their scores are synthetic (the read
 * section measures reading, not scoring); the job it reads was published and scored by the bench, with its real
 * rows.
 * Returns how many rows were added.
 */
export async function fillCaughtUpMatches(stack: BenchStack, rowsPerJob: number): Promise<number> {
  // Building the secondary indexes once afterwards is several times faster than keeping them up row by row; their
  // definitions are read back from the catalogue, so they stay the migrations' own.
  const { rows: indexes } = await stack.db.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename = 'match' AND indexname <> 'match_pkey'`,
  );
  for (const index of indexes) await stack.db.query(`DROP INDEX "${index.name}"`);
  const result = await stack.db.query(
    `WITH jobs AS (
       SELECT j.id, j.version, row_number() OVER (ORDER BY j.seq) AS n FROM job j
        WHERE j.status = 'PUBLISHED' AND (SELECT count(*) FROM match m WHERE m.job_id = j.id) < 100),
     profiles AS (SELECT min(seq) AS lo, count(*) AS total FROM capacity_profile),
     sample AS (SELECT reasons FROM match ORDER BY job_id, profile_id LIMIT 1)
     INSERT INTO match (job_id, profile_id, job_version, profile_version, feasible, score, rank_key, score_tasks,
                        score_accommodations, score_hours, score_location, blockers, carve_out, reasons, computed_at,
                        scorer_version)
     SELECT j.id, p.id, j.version, p.version, g <= $2::int,
            CASE WHEN g <= $2::int THEN 95 - g * 90 / $1::int ELSE 0 END,
            95 - g * 90.0 / $1::int + (j.n % 7) / 100.0, 80, 70, 60, 50,
            CASE WHEN g <= $2::int THEN '{}'::text[] ELSE '{REQUIRED_ACCOMMODATION_MISSING}'::text[] END,
            '{}'::uuid[], coalesce((SELECT reasons FROM sample), '[]'::jsonb), now(), $3::smallint
       FROM jobs j CROSS JOIN generate_series(1, $1::int) AS g CROSS JOIN profiles b
       JOIN capacity_profile p ON p.seq = b.lo + (j.n * 7919 + g * 104729) % b.total
     ON CONFLICT DO NOTHING`,
    [rowsPerJob, Math.round((rowsPerJob * 5) / 6), SCORER_VERSION],
  );
  for (const index of indexes) await stack.db.query(index.definition);
  await stack.db.query('ANALYZE match');
  return result.rowCount ?? 0;
}
