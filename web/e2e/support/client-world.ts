import { type Account, adminToken, createCoordinator, signUpEmployer } from '../../../test/factories/accounts.ts';
import { createJob, publishJob } from '../../../test/factories/jobs.ts';
import { jobMatches, scored } from '../../../test/factories/matching.ts';
import { createClient, createProfile, recordConsent, setProfileStatus } from '../../../test/factories/profiles.ts';
import { matchedJobInput } from '../../../test/factories/world.ts';
import { eventually, type Stack } from '../../../test/utils/stack.ts';

/** A client with an ACTIVE, consented profile, a job offered to them with a carve-out, and a fresh sign-in code. */
export interface OfferedClient {
  employer: Account;
  coordinator: Account;
  profileId: string;
  jobId: string;
  jobTitle: string;
  code: string;
}

export async function offeredClient(
  stack: Stack,
  language: 'FI' | 'SV' | 'EN',
  jobTitle: string,
): Promise<OfferedClient> {
  const admin = await adminToken(stack);
  const [employer, coordinator] = await Promise.all([
    signUpEmployer(stack, `Kahvila Kuppi ${language}`),
    createCoordinator(stack, admin),
  ]);
  const client = await createClient(stack, coordinator.token, { preferredLanguage: language });
  await recordConsent(stack, coordinator.token, client.id, true);
  const profile = await createProfile(stack, coordinator.token, client.id);
  await setProfileStatus(stack, coordinator.token, profile.id, 'ACTIVE');
  // Dishwashing kept, clearing tables (heavy lifting) carved out for this person; 12.50 € an hour.
  const job = await createJob(stack, employer.token, matchedJobInput({ title: jobTitle, hourlyWage: 12.5 }));
  await publishJob(stack, employer.token, job.id);
  await scored(stack, employer.token, 'job', job.id);
  await eventually(
    async () => {
      const { nodes } = await jobMatches(stack, employer.token, job.id);
      return nodes.some((n) => n.candidate.id === profile.id && n.feasible) ? true : undefined;
    },
    30_000,
    'the client to match the job',
  );
  await stack.ok(
    'mutation($jobId: ID!, $profileId: ID!, $message: String) { offerJob(jobId: $jobId, profileId: $profileId, message: $message) { id } }',
    { jobId: job.id, profileId: profile.id, message: 'Tämä voisi sopia sinulle. Soita minulle, jos haluat kysyä.' },
    { token: coordinator.token },
  );
  const { issueClientAccessCode: code } = await stack.ok<{ issueClientAccessCode: string }>(
    'mutation($clientId: ID!) { issueClientAccessCode(clientId: $clientId) }',
    { clientId: client.id },
    { token: coordinator.token },
  );
  return { employer, coordinator, profileId: profile.id, jobId: job.id, jobTitle, code };
}

/** Whether the employer gets the candidate's anonymised profile through the API (NOT_FOUND once hidden). */
export async function employerSeesCandidate(stack: Stack, world: OfferedClient): Promise<boolean> {
  const answer = await stack.gql<{ candidate: { id: string } | null }>(
    'query($id: ID!) { candidate(id: $id) { id } }',
    { id: world.profileId },
    { token: world.employer.token },
  );
  if (answer.errors?.length) {
    if (answer.errors.every((e) => e.extensions?.code === 'NOT_FOUND')) return false;
    throw new Error(JSON.stringify(answer.errors));
  }
  return Boolean(answer.data?.candidate);
}
