import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { TimeWindowModel } from '../common/schedule/time-window';
import { snakeCase } from '../database/naming.strategy';
import type { ProfileEntity } from './profile.entity';
import { AbilityModel, AccommodationNeedModel, type Necessity, RestrictionModel } from './profile.model';

/**
 * The anonymised view of a profile, the only one employers ever get. A class of its own with no client link, no
 * client or service provider id and nothing identifying, so privacy holds by construction: there is no field a
 * resolver could forget to hide. Build it with `toCandidate` only.
 */
@ObjectType('CandidateProfile', {
  description: 'The anonymised view of a profile, the only one employers ever get: no identity, no client link',
})
export class CandidateProfileModel {
  @Field(() => ID, { description: 'the same id as the CapacityProfile it shows' })
  id: string;

  @Field()
  pseudonym: string;

  @Field()
  summary: string;

  @Field(() => [AbilityModel])
  abilities: AbilityModel[];

  @Field(() => [RestrictionModel])
  restrictions: RestrictionModel[];

  @Field(() => [AccommodationNeedModel])
  accommodationNeeds: AccommodationNeedModel[];

  @Field(() => Float)
  hoursPerWeekMin: number;

  @Field(() => Float)
  hoursPerWeekMax: number;

  @Field(() => [TimeWindowModel])
  availability: TimeWindowModel[];

  @Field()
  municipalityCode: string;

  @Field()
  remoteOnly: boolean;

  @Field(() => [String])
  languages: string[];
}

/** The profile properties a CandidateProfile is made from; their columns follow the naming strategy. */
const CANDIDATE_PROPERTIES = [
  'pseudonym',
  'summary',
  'abilities',
  'restrictions',
  'accommodationNeeds',
  'hoursMin',
  'hoursMax',
  'availability',
  'municipalityCode',
  'remoteOnly',
  'languages',
] as const satisfies readonly (keyof ProfileEntity)[];

/** What a CandidateProfile is made from, whether read by TypeORM or by a raw query. */
export type CandidateSource = Pick<ProfileEntity, 'id' | (typeof CANDIDATE_PROPERTIES)[number]>;

/** Those columns in SQL, for a query that joins `capacity_profile` as `alias`, each named "candidate.<property>". */
export function candidateColumns(alias: string): string {
  return CANDIDATE_PROPERTIES.map((property) => `${alias}.${snakeCase(property)} AS "candidate.${property}"`).join(
    ', ',
  );
}

/** The CandidateProfile of profile `id` in a raw row read with `candidateColumns`, or undefined without them. */
export function candidateOfRow(row: object, id: string): CandidateProfileModel | undefined {
  const columns = row as Record<string, unknown>;
  if (!('candidate.pseudonym' in columns)) return undefined;
  const source: Record<string, unknown> = { id };
  for (const property of CANDIDATE_PROPERTIES) source[property] = columns[`candidate.${property}`];
  return toCandidate(source as CandidateSource);
}

/**
 * The one way a CandidateProfile is made: field by field from the profile row, copying values (never the row or
 * its arrays), so nothing else of the row (client, service provider, creator, status) can reach an employer.
 * Whether an employer may see the profile at all (consent, ACTIVE, a match or proposal) is the caller's check.
 */
export function toCandidate(profile: CandidateSource): CandidateProfileModel {
  const candidate = new CandidateProfileModel();
  candidate.id = profile.id;
  candidate.pseudonym = profile.pseudonym;
  candidate.summary = profile.summary;
  candidate.abilities = profile.abilities.map((a) => ({ taskTypeCode: a.taskTypeCode, experience: a.experience }));
  candidate.restrictions = profile.restrictions.map((r) => ({ demandCode: r.demandCode, maxLevel: r.maxLevel }));
  candidate.accommodationNeeds = profile.accommodationNeeds.map((n) => ({
    accommodationCode: n.accommodationCode,
    necessity: n.necessity as Necessity,
  }));
  // Employers see only profiles that were ACTIVE, complete by capacity_profile_complete_check; an incomplete draft
  // never reaches here, and if one did, it would show as unset (0, "") rather than fail.
  candidate.hoursPerWeekMin = profile.hoursMin ?? 0;
  candidate.hoursPerWeekMax = profile.hoursMax ?? 0;
  candidate.availability = profile.availability.map((w) => ({ day: w.day, start: w.start, end: w.end }));
  candidate.municipalityCode = profile.municipalityCode ?? '';
  candidate.remoteOnly = profile.remoteOnly;
  candidate.languages = [...profile.languages];
  return candidate;
}
