import type { Stack } from '../utils/stack';

export interface TimeWindow {
  day: string;
  start: string;
  end: string;
}

export interface ProfileInput {
  summary: string;
  abilities: { taskTypeCode: string; experience: number }[];
  restrictions: { demandCode: string; maxLevel: number }[];
  accommodationNeeds: { accommodationCode: string; necessity: 'REQUIRED' | 'PREFERRED' }[];
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  availability: TimeWindow[];
  municipalityCode: string;
  maxCommuteKm?: number | null;
  remoteOnly?: boolean | null;
  languages?: string[] | null;
}

export interface ClientInput {
  displayName: string;
  contactEmail?: string | null;
  preferredLanguage?: 'FI' | 'SV' | 'EN' | null;
}

export interface CreatedProfile {
  id: string;
  pseudonym: string;
  version: number;
}

export interface ActiveCandidate {
  clientId: string;
  profileId: string;
  pseudonym: string;
}

/**
 * A valid profile: an experienced dishwasher who may lift light loads only, needs a quiet space and prefers
 * extra breaks, 8–20 h a week, MON–FRI 08:00–14:00, in Helsinki within 20 km.
 */
export function profileInput(overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    summary: 'Kokenut astianpesijä, joka tekee mielellään rauhallista ja rutiininomaista työtä aamupäivisin.',
    abilities: [{ taskTypeCode: 'dishwashing', experience: 2 }],
    restrictions: [{ demandCode: 'd4300', maxLevel: 1 }],
    accommodationNeeds: [
      { accommodationCode: 'env.quiet', necessity: 'REQUIRED' },
      { accommodationCode: 'sched.extra_breaks', necessity: 'PREFERRED' },
    ],
    hoursPerWeekMin: 8,
    hoursPerWeekMax: 20,
    availability: ['MON', 'TUE', 'WED', 'THU', 'FRI'].map((day) => ({ day, start: '08:00', end: '14:00' })),
    municipalityCode: '091',
    maxCommuteKm: 20,
    remoteOnly: false,
    languages: ['fi'],
    ...overrides,
  };
}

let clientCount = 0;

/**
 * A client of the coordinator's service provider. The default name is made up and unlikely in a summary (the
 * summary of the client's profiles must not contain any part of it).
 */
export async function createClient(
  stack: Stack,
  coordinatorToken: string,
  input: Partial<ClientInput> = {},
): Promise<{ id: string }> {
  clientCount += 1;
  const data = await stack.ok<{ createClient: { id: string } }>(
    'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
    { input: { displayName: `Ilmari Kuvitteellinen ${clientCount}`, ...input } },
    { token: coordinatorToken },
  );
  return data.createClient;
}

export async function createProfile(
  stack: Stack,
  token: string,
  clientId: string,
  overrides: Partial<ProfileInput> = {},
): Promise<CreatedProfile> {
  const data = await stack.ok<{ createProfile: CreatedProfile }>(
    `mutation($clientId: ID!, $input: ProfileInput!) {
       createProfile(clientId: $clientId, input: $input) { id pseudonym version }
     }`,
    { clientId, input: profileInput(overrides) },
    { token },
  );
  return data.createProfile;
}

export async function setProfileStatus(
  stack: Stack,
  token: string,
  id: string,
  status: string,
): Promise<{ id: string; status: string; version: number }> {
  const data = await stack.ok<{ setProfileStatus: { id: string; status: string; version: number } }>(
    'mutation($id: ID!, $status: ProfileStatus!) { setProfileStatus(id: $id, status: $status) { id status version } }',
    { id, status },
    { token },
  );
  return data.setProfileStatus;
}

export async function recordConsent(
  stack: Stack,
  token: string,
  clientId: string,
  value: boolean,
): Promise<{ shareWithEmployers: boolean; changedAt: string | null }> {
  const data = await stack.ok<{
    recordConsent: { consent: { shareWithEmployers: boolean; changedAt: string | null } };
  }>(
    `mutation($clientId: ID!, $value: Boolean!) {
       recordConsent(clientId: $clientId, shareWithEmployers: $value) { consent { shareWithEmployers changedAt } }
     }`,
    { clientId, value },
    { token },
  );
  return data.recordConsent.consent;
}

/**
 * What an employer can be shown: a client (with consent unless `consent: false`) whose profile is ACTIVE.
 */
export async function activeCandidate(
  stack: Stack,
  token: string,
  overrides: Partial<ProfileInput> = {},
  { consent = true }: { consent?: boolean } = {},
): Promise<ActiveCandidate> {
  const client = await createClient(stack, token);
  if (consent) await recordConsent(stack, token, client.id, true);
  const profile = await createProfile(stack, token, client.id, overrides);
  await setProfileStatus(stack, token, profile.id, 'ACTIVE');
  return { clientId: client.id, profileId: profile.id, pseudonym: profile.pseudonym };
}
