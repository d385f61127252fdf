import { describe, expect, it } from '@jest/globals';
import { EarningsLimitBasis } from '../benefits/benefit-rule.kind';
import { Weekday } from '../common/enums';
import { snakeCase } from '../database/naming.strategy';
import { CandidateProfileModel, candidateColumns, candidateOfRow, toCandidate } from './candidate.model';
import type { ProfileEntity } from './profile.entity';
import { ProfileStatus } from './profile.enums';

const CANDIDATE_FIELDS = [
  'id',
  'pseudonym',
  'summary',
  'abilities',
  'restrictions',
  'accommodationNeeds',
  'hoursPerWeekMin',
  'hoursPerWeekMax',
  'availability',
  'municipalityCode',
  'remoteOnly',
  'languages',
];

function profileRow(): ProfileEntity {
  return {
    id: '6f1c3f5e-5a55-4c39-9d0e-1d0b7d0b9a11',
    clientId: 'c1c1c1c1-0000-4000-8000-000000000001',
    serviceProviderId: 'e5e5e5e5-0000-4000-8000-000000000002',
    pseudonym: 'C-7K3QX',
    status: ProfileStatus.ACTIVE,
    summary: 'Kokenut astianpesijä.',
    abilities: [{ taskTypeCode: 'dishwashing', experience: 2 }],
    restrictions: [{ demandCode: 'd4300', maxLevel: 1 }],
    accommodationNeeds: [{ accommodationCode: 'env.quiet', necessity: 'REQUIRED' }],
    hoursMin: 8,
    hoursMax: 20,
    availability: [{ day: Weekday.MON, start: '08:00', end: '14:00' }],
    municipalityCode: '091',
    maxCommuteKm: 20,
    remoteOnly: false,
    languages: ['fi'],
    earningsBasis: EarningsLimitBasis.FIXED,
    earningsFixedEur: 986,
    earningsPrePensionEur: null,
    earningsSharePercent: null,
    earningsLimitEur: 986,
    reducedWorkCapacity: true,
    requiredMask: 1,
    features: Buffer.from([1, 2, 3]),
    version: 3,
    scoredVersion: 2,
    scoredScorerVersion: 1,
    scoredAt: new Date(),
    candidatesScored: 5,
    createdBy: 'u1u1u1u1-0000-4000-8000-000000000003',
    activatedAt: null,
    createdAt: new Date(),
    updatedAt: new Date(),
  };
}

describe('toCandidate', () => {
  it('copies the anonymised fields and nothing else of the row', () => {
    const row = profileRow();
    const candidate = toCandidate(row);
    expect(candidate).toBeInstanceOf(CandidateProfileModel);
    expect(Object.keys(candidate).sort()).toEqual([...CANDIDATE_FIELDS].sort());
    expect({ ...candidate }).toEqual({
      id: row.id,
      pseudonym: 'C-7K3QX',
      summary: 'Kokenut astianpesijä.',
      abilities: [{ taskTypeCode: 'dishwashing', experience: 2 }],
      restrictions: [{ demandCode: 'd4300', maxLevel: 1 }],
      accommodationNeeds: [{ accommodationCode: 'env.quiet', necessity: 'REQUIRED' }],
      hoursPerWeekMin: 8,
      hoursPerWeekMax: 20,
      availability: [{ day: Weekday.MON, start: '08:00', end: '14:00' }],
      municipalityCode: '091',
      remoteOnly: false,
      languages: ['fi'],
    });
    const serialised = JSON.stringify(candidate);
    for (const secret of [row.clientId, row.serviceProviderId, row.createdBy as string]) {
      expect(serialised).not.toContain(secret);
    }
  });

  it('shares no array or object with the row', () => {
    const row = profileRow();
    const candidate = toCandidate(row);
    candidate.abilities[0].experience = 0;
    candidate.languages.push('sv');
    candidate.availability[0].start = '09:00';
    expect(row.abilities[0].experience).toBe(2);
    expect(row.languages).toEqual(['fi']);
    expect(row.availability[0].start).toBe('08:00');
  });
});

describe('candidateOfRow', () => {
  /** A raw row as a query with candidateColumns returns it: each alias of the SQL holds its profile column. */
  function rawRow(profile: ProfileEntity): Record<string, unknown> {
    const row: Record<string, unknown> = { profile_id: profile.id };
    for (const [, column, alias] of candidateColumns('p').matchAll(/p\.(\w+) AS "candidate\.(\w+)"/g)) {
      const property = Object.keys(profile).find((key) => snakeCase(key) === column) as keyof ProfileEntity;
      expect([alias, property]).toEqual([alias, alias]);
      row[`candidate.${alias}`] = profile[property];
    }
    return row;
  }

  it('makes from a raw row the candidate toCandidate makes from the entity', () => {
    const profile = profileRow();
    expect(candidateOfRow(rawRow(profile), profile.id)).toEqual(toCandidate(profile));
  });

  it('answers undefined for a row read without the candidate columns', () => {
    expect(candidateOfRow({ profile_id: profileRow().id }, profileRow().id)).toBeUndefined();
  });
});
