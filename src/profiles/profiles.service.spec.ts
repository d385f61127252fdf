import { describe, expect, it } from '@jest/globals';
import { type DataSource, QueryFailedError } from 'typeorm';
import type { ClientEntity } from '../clients/client.entity';
import type { ClientsService } from '../clients/clients.service';
import type { IdentityService } from '../clients/identity.service';
import { COORDINATOR_VIEWER } from '../common/auth/testing/viewers';
import { Weekday } from '../common/enums';
import type { ScoringRequests } from '../matching/scoring-requests.service';
import type { TaxonomyService } from '../taxonomy/taxonomy.service';
import type { ProfileInput } from './dto/profile.input';
import type { ProfileEntity } from './profile.entity';
import { Necessity, ProfileStatus } from './profile.enums';
import { ProfilesService } from './profiles.service';
import type { BenefitRulesService } from '../benefits/benefit-rules.service';
import { RulesOfDay } from '../benefits/earnings';
import { PSEUDONYM_FORMAT } from './pseudonym';

const coordinator = COORDINATOR_VIEWER;

const input: ProfileInput = {
  summary: 'Kokenut astianpesijä.',
  abilities: [{ taskTypeCode: 'dishwashing', experience: 2 }],
  restrictions: [{ demandCode: 'd4300', maxLevel: 1 }],
  accommodationNeeds: [{ accommodationCode: 'env.quiet', necessity: Necessity.REQUIRED }],
  hoursPerWeekMin: 8,
  hoursPerWeekMax: 20,
  availability: [{ day: Weekday.MON, start: '08:00', end: '16:00' }],
  municipalityCode: '091',
};

const duplicatePseudonym = (): QueryFailedError =>
  new QueryFailedError(
    'INSERT',
    [],
    Object.assign(new Error('duplicate key'), {
      code: '23505',
      constraint: 'capacity_profile_pseudonym_key',
    }),
  );

/** ProfilesService.create over in-memory stand-ins: `save` answers from `outcomes`, in order. */
function serviceWith(outcomes: (Error | null)[]) {
  const attempts: Partial<ProfileEntity>[] = [];
  const requests: [string, string, number][] = [];
  const repository = {
    create: (values: Partial<ProfileEntity>) => ({ ...values }),
    save: async (values: Partial<ProfileEntity>) => {
      attempts.push(values);
      const outcome = outcomes.shift();
      if (outcome) throw outcome;
      return { ...values, id: 'profile-1' } as ProfileEntity;
    },
  };
  const lookup = (codes: string[]) => (code: string) =>
    codes.includes(code) ? { ordinal: codes.indexOf(code) } : undefined;
  const taxonomy = {
    taskType: lookup(['dishwashing']),
    demand: lookup(['d4300']),
    accommodation: lookup(['env.quiet']),
    municipality: lookup(['091']),
  };
  const client = { id: 'client-1', serviceProviderId: 'provider-1' } as ClientEntity;
  const service = new ProfilesService(
    { getRepository: () => repository } as unknown as DataSource,
    taxonomy as unknown as TaxonomyService,
    { getVisible: async () => client } as unknown as ClientsService,
    {
      identityOf: async () => ({ displayName: 'Maija Meikäläinen', contactEmail: null }),
    } as unknown as IdentityService,
    {
      request: async (entity: string, id: string, version: number) => {
        requests.push([entity, id, version]);
        return true;
      },
    } as unknown as ScoringRequests,
    { ofDay: async () => new RulesOfDay('2026-12-02', []) } as unknown as BenefitRulesService,
  );
  return { service, attempts, requests };
}

describe('ProfilesService.create', () => {
  it('makes a DRAFT version 1 of the client, with its matching columns, and asks for scoring', async () => {
    const { service, attempts, requests } = serviceWith([null]);
    const profile = await service.create(coordinator, 'client-1', input);
    expect(profile).toMatchObject({
      clientId: 'client-1',
      serviceProviderId: 'provider-1',
      status: ProfileStatus.DRAFT,
      version: 1,
      scoredVersion: null,
      scoredScorerVersion: null,
      candidatesScored: 0,
      createdBy: 'user-1',
      hoursMin: 8,
      hoursMax: 20,
      remoteOnly: false,
      languages: [],
      earningsBasis: 'NONE',
      earningsLimitEur: null,
      reducedWorkCapacity: false,
    });
    expect(profile.pseudonym).toMatch(PSEUDONYM_FORMAT);
    expect(profile.requiredMask).toBe(1);
    expect(Buffer.isBuffer(profile.features)).toBe(true);
    expect(attempts).toHaveLength(1);
    expect(requests).toEqual([['profile', 'profile-1', 1]]);
  });

  it('draws another pseudonym when one is taken', async () => {
    const { service, attempts, requests } = serviceWith([duplicatePseudonym(), duplicatePseudonym(), null]);
    await service.create(coordinator, 'client-1', input);
    expect(attempts).toHaveLength(3);
    expect(requests).toHaveLength(1);
  });

  it('gives up after a few collisions, and at once on any other error, asking for no scoring', async () => {
    const collisions = serviceWith(Array.from({ length: 10 }, duplicatePseudonym));
    await expect(collisions.service.create(coordinator, 'client-1', input)).rejects.toBeInstanceOf(QueryFailedError);
    expect(collisions.attempts).toHaveLength(8);
    expect(collisions.requests).toEqual([]);

    const other = serviceWith([new Error('connection lost'), null]);
    await expect(other.service.create(coordinator, 'client-1', input)).rejects.toThrow('connection lost');
    expect(other.attempts).toHaveLength(1);
  });
});
