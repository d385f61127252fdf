import { randomBytes } from 'node:crypto';
import { FinnishBusinessIds } from 'finnish-business-ids';
import { linkToken } from '../utils/smtp-peer';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Stack } from '../utils/stack';

export const PASSWORD = 'correct horse battery';

export interface Account {
  token: string;
  userId: string;
  organisationId: string;
  email: string;
}

const unique = (): string => randomBytes(4).toString('hex');

/** A business ID with a right check digit that no other test has used (the registry of the stack is shared). */
export function businessId(): string {
  return FinnishBusinessIds.generateBusinessId();
}

export async function adminToken(stack: Stack): Promise<string> {
  const data = await stack.ok<{ login: { token: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: ADMIN_EMAIL, p: ADMIN_PASSWORD },
  );
  return data.login.token;
}

/** One admin session per stack for the factories' own admin steps (verifying employers), signed in once. */
const factoryAdmins = new WeakMap<Stack, Promise<string>>();

/** ADMIN: verifies an employer organisation through the API (verifyOrganisation); answers its verifiedAt. */
export async function verifyOrganisation(stack: Stack, organisationId: string, admin?: string): Promise<string> {
  const query = 'mutation($id: ID!) { verifyOrganisation(id: $id) { verifiedAt } }';
  if (admin)
    return (
      await stack.ok<{ verifyOrganisation: { verifiedAt: string } }>(query, { id: organisationId }, { token: admin })
    ).verifyOrganisation.verifiedAt;
  for (let attempt = 0; ; attempt++) {
    let token = factoryAdmins.get(stack);
    if (!token) {
      token = adminToken(stack);
      factoryAdmins.set(stack, token);
    }
    const response = await stack.gql<{ verifyOrganisation: { verifiedAt: string } }>(
      query,
      { id: organisationId },
      { token: await token },
    );
    if (response.data?.verifyOrganisation) return response.data.verifyOrganisation.verifiedAt;
    // A test may have ended the factory's admin session (logoutEverywhere): sign in again, once.
    if (attempt === 0 && response.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') {
      factoryAdmins.delete(stack);
      continue;
    }
    throw new Error(`verifyOrganisation failed: ${JSON.stringify(response.errors)}`);
  }
}

/**
 * A new employer, signed up through the API and signed in. Verified by an ADMIN unless `verified: false`: a
 * signed-up organisation starts unverified and sees no candidate until then.
 */
export async function signUpEmployer(
  stack: Stack,
  name = `Employer ${unique()}`,
  municipalityCode = '091',
  options: { verified?: boolean } = {},
): Promise<Account> {
  const email = `employer-${unique()}@example.fi`;
  if (stack.env.NODE_ENV === 'production') return registerEmployer(stack, email, name, municipalityCode);
  const data = await stack.ok<{
    signUpEmployer: { token: string; user: { id: string; organisation: { id: string } } };
  }>(
    `mutation($input: SignUpEmployerInput!) {
       signUpEmployer(input: $input) { token user { id organisation { id } } }
     }`,
    { input: { organisationName: name, businessId: businessId(), municipalityCode, email, password: PASSWORD } },
  );
  const { token, user } = data.signUpEmployer;
  if (options.verified ?? true) await verifyOrganisation(stack, user.organisation.id);
  return { token, userId: user.id, organisationId: user.organisation.id, email };
}

/**
 * An employer signed up the way production allows (signUpEmployer is refused there): registerEmployer, the
 * verification link from the stack's SMTP peer (a worker must run), verifyEmail.
 */
export async function registerEmployer(
  stack: Stack,
  email = `employer-${unique()}@example.fi`,
  name = `Employer ${unique()}`,
  municipalityCode = '091',
): Promise<Account> {
  await stack.ok('mutation($input: SignUpEmployerInput!) { registerEmployer(input: $input) }', {
    input: { organisationName: name, businessId: businessId(), municipalityCode, email, password: PASSWORD },
  });
  const mail = await stack.mail.waitForMail(email, (m) => m.text.includes('/verify-email?token='));
  const data = await stack.ok<{ verifyEmail: { token: string; user: { id: string; organisation: { id: string } } } }>(
    'mutation($t: String!) { verifyEmail(token: $t) { token user { id organisation { id } } } }',
    { t: linkToken(mail, '/verify-email') },
  );
  const { token, user } = data.verifyEmail;
  return { token, userId: user.id, organisationId: user.organisation.id, email };
}

export async function createServiceProvider(
  stack: Stack,
  admin: string,
  name = `Service ${unique()}`,
): Promise<string> {
  const data = await stack.ok<{ createOrganisation: { id: string } }>(
    'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: { name, kind: 'SERVICE_PROVIDER', municipalityCode: '091' } },
    { token: admin },
  );
  return data.createOrganisation.id;
}

export async function login(stack: Stack, email: string, password = PASSWORD): Promise<string> {
  const data = await stack.ok<{ login: { token: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: password },
  );
  return data.login.token;
}

/** A coordinator of the given service provider (a new one when none is given), signed in. */
export async function createCoordinator(stack: Stack, admin: string, serviceProviderId?: string): Promise<Account> {
  const organisationId = serviceProviderId ?? (await createServiceProvider(stack, admin));
  const email = `coordinator-${unique()}@example.fi`;
  if (stack.env.NODE_ENV === 'production') {
    // Production refuses passwords chosen by others: the coordinator accepts the invitation instead.
    const created = await stack.ok<{ createUser: { id: string } }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email, role: 'COORDINATOR', organisationId, preferredLanguage: 'FI' } },
      { token: admin },
    );
    const mail = await stack.mail.waitForMail(email, (m) => m.text.includes('/accept-invitation?token='));
    const accepted = await stack.ok<{ acceptInvitation: { token: string } }>(
      'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { token } }',
      { t: linkToken(mail, '/accept-invitation'), p: PASSWORD },
    );
    return { token: accepted.acceptInvitation.token, userId: created.createUser.id, organisationId, email };
  }
  const data = await stack.ok<{ createUser: { id: string } }>(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { email, password: PASSWORD, role: 'COORDINATOR', organisationId, preferredLanguage: 'FI' } },
    { token: admin },
  );
  return { token: await login(stack, email), userId: data.createUser.id, organisationId, email };
}
