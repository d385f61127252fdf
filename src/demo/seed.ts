import { FinnishBusinessIds } from 'finnish-business-ids';
import { DEMO_PASSWORD, demoClients, EMPLOYERS, SERVICE_PROVIDERS } from './demo-data';

/**
 * Seeds the demo through the public GraphQL API, as its users would, so that every rule applies and the worker
 * scores everything on its own. Runs once: when the first demo employer can already sign in, it only prints the
 * sign-ins. Usage: node dist/src/demo/seed.js <graphql url>   (ADMIN_EMAIL and ADMIN_PASSWORD from the environment)
 */

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; fields?: unknown } }[];
}

class Api {
  constructor(private readonly url: string) {}

  async call<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(this.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as GraphQLResponse<T>;
    if (body.errors?.length || !body.data) {
      throw new Error(`${query.trim().split(/\s+/).slice(0, 3).join(' ')}: ${JSON.stringify(body.errors)}`);
    }
    return body.data;
  }

  async login(email: string, password: string): Promise<string> {
    const data = await this.call<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: email, p: password },
    );
    return data.login.token;
  }

  async clientLogin(code: string): Promise<string> {
    const data = await this.call<{ loginWithAccessCode: { token: string } }>(
      'mutation($code: String!) { loginWithAccessCode(code: $code) { token } }',
      { code },
    );
    return data.loginWithAccessCode.token;
  }

  async canLogin(email: string, password: string): Promise<boolean> {
    try {
      await this.login(email, password);
      return true;
    } catch {
      return false;
    }
  }
}

function businessIdOf(base: string): string {
  return `${base}-${FinnishBusinessIds.calculateChecksum(base)}`;
}

interface Seeded {
  jobIds: Map<string, string>;
  employerTokens: Map<string, string>;
  coordinatorTokens: string[];
  clients: { clientId: string; profileId: string; displayName: string }[];
}

async function seed(api: Api, admin: string): Promise<Seeded> {
  const jobIds = new Map<string, string>();
  const employerTokens = new Map<string, string>();
  const clients: Seeded['clients'] = [];
  for (const employer of EMPLOYERS) {
    const data = await api.call<{ signUpEmployer: { token: string; user: { organisation: { id: string } } } }>(
      'mutation($input: SignUpEmployerInput!) { signUpEmployer(input: $input) { token user { organisation { id } } } }',
      {
        input: {
          organisationName: employer.name,
          businessId: businessIdOf(employer.businessIdBase),
          municipalityCode: employer.municipalityCode,
          email: employer.email,
          password: DEMO_PASSWORD,
          preferredLanguage: employer.language,
        },
      },
    );
    const token = data.signUpEmployer.token;
    employerTokens.set(employer.email, token);
    // The demo's employers are real-looking businesses an admin has checked: verified, so they see candidates.
    await api.call(
      'mutation($id: ID!) { verifyOrganisation(id: $id) { verifiedAt } }',
      { id: data.signUpEmployer.user.organisation.id },
      admin,
    );
    for (const job of employer.jobs) {
      const created = await api.call<{ createJob: { id: string } }>(
        'mutation($input: JobInput!) { createJob(input: $input) { id } }',
        { input: job },
        token,
      );
      await api.call('mutation($id: ID!) { publishJob(id: $id) { id } }', { id: created.createJob.id }, token);
      jobIds.set(job.title, created.createJob.id);
    }
  }

  const coordinatorTokens: string[] = [];
  for (const provider of SERVICE_PROVIDERS) {
    const organisation = await api.call<{ createOrganisation: { id: string } }>(
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { name: provider.name, kind: 'SERVICE_PROVIDER', municipalityCode: provider.municipalityCode } },
      admin,
    );
    for (const coordinator of provider.coordinators) {
      await api.call(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        {
          input: {
            email: coordinator.email,
            password: DEMO_PASSWORD,
            role: 'COORDINATOR',
            organisationId: organisation.createOrganisation.id,
            preferredLanguage: coordinator.language,
          },
        },
        admin,
      );
    }
    coordinatorTokens.push(await api.login(provider.coordinators[0].email, DEMO_PASSWORD));
  }

  for (const client of demoClients()) {
    const token = coordinatorTokens[client.serviceProvider];
    const created = await api.call<{ createClient: { id: string } }>(
      'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
      {
        input: {
          displayName: client.displayName,
          contactEmail: client.contactEmail,
          preferredLanguage: client.preferredLanguage,
        },
      },
      token,
    );
    const clientId = created.createClient.id;
    if (client.consent) {
      await api.call(
        'mutation($id: ID!) { recordConsent(clientId: $id, shareWithEmployers: true) { id } }',
        { id: clientId },
        token,
      );
    }
    const profile = await api.call<{ createProfile: { id: string } }>(
      'mutation($id: ID!, $input: ProfileInput!) { createProfile(clientId: $id, input: $input) { id } }',
      { id: clientId, input: client.profile },
      token,
    );
    clients.push({ clientId, profileId: profile.createProfile.id, displayName: client.displayName });
    if (client.status !== 'DRAFT') {
      await api.call(
        'mutation($id: ID!) { setProfileStatus(id: $id, status: ACTIVE) { id } }',
        { id: profile.createProfile.id },
        token,
      );
    }
    if (client.status === 'PAUSED') {
      await api.call(
        'mutation($id: ID!) { setProfileStatus(id: $id, status: PAUSED) { id } }',
        { id: profile.createProfile.id },
        token,
      );
    }
  }
  return { jobIds, employerTokens, coordinatorTokens, clients };
}

const OFFER =
  'mutation($job: ID!, $profile: ID!, $m: String) { offerJob(jobId: $job, profileId: $profile, message: $m) { id } }';
const PROPOSE =
  'mutation($job: ID!, $profile: ID!, $m: String) { proposeCandidate(jobId: $job, profileId: $profile, message: $m) { id } }';
const RESPOND = 'mutation($id: ID!) { respondToProposal(id: $id, accept: true) { id } }';
const OUTCOME = 'mutation($id: ID!, $o: PlacementOutcome!) { recordOutcome(id: $id, outcome: $o) { id } }';

/**
 * The workflow in several states, so that every view has something to show: an offer the client has answered,
 * proposals waiting for the employer and for the coordinator, one in trial and one hire.
 */
async function seedWorkflow(api: Api, seeded: Seeded): Promise<void> {
  const coordinator = seeded.coordinatorTokens[0];
  const people = demoClients();
  // Clients of the first service provider who share their profile and are ACTIVE, by their interests' order.
  const ready = seeded.clients.filter(
    (_, i) => people[i].serviceProvider === 0 && people[i].consent && people[i].status === 'ACTIVE',
  );
  const job = (title: string): string => seeded.jobIds.get(title)!;
  const employer = (email: string): string => seeded.employerTokens.get(email)!;
  const [dishwasher, cleaner, , seniorHelper] = ready;

  const offer = await api.call<{ offerJob: { id: string } }>(
    OFFER,
    {
      job: job('Astianpesijä lounasaikaan'),
      profile: dishwasher.profileId,
      m: 'Tämä työ voisi sopia sinulle. Katsotaanko yhdessä?',
    },
    coordinator,
  );
  const clientToken = await api.clientLogin(await issueCode(api, coordinator, dishwasher.clientId));
  await api.call(
    'mutation($id: ID!) { respondToOffer(offerId: $id, interested: true, comment: "Kiinnostaa, aamut sopivat.") { id } }',
    { id: offer.offerJob.id },
    clientToken,
  );

  const trial = await api.call<{ proposeCandidate: { id: string } }>(
    PROPOSE,
    { job: job('Astianpesijä lounasaikaan'), profile: dishwasher.profileId, m: 'Asiakas on kiinnostunut ja kokenut.' },
    coordinator,
  );
  await api.call(RESPOND, { id: trial.proposeCandidate.id }, employer('kahvila@kulma.example.fi'));
  await api.call(OUTCOME, { id: trial.proposeCandidate.id, o: 'TRIAL' }, coordinator);

  await api.call(
    PROPOSE,
    { job: job('Toimistosiivooja iltapäivisin'), profile: cleaner.profileId, m: 'Kokenut siivooja.' },
    coordinator,
  );

  const hire = await api.call<{ proposeCandidate: { id: string } }>(
    PROPOSE,
    { job: job('Ruokailuavustaja'), profile: seniorHelper.profileId, m: 'Kärsivällinen ja lämmin.' },
    coordinator,
  );
  const seniors = employer('seniorit@helsinki.example.fi');
  await api.call(RESPOND, { id: hire.proposeCandidate.id }, seniors);
  await api.call(OUTCOME, { id: hire.proposeCandidate.id, o: 'HIRED' }, seniors);

  // The warehouse asks to meet its best match, once the worker has scored its packing job.
  const warehouse = employer('rekry@lahivarasto.example.fi');
  const packing = job('Pakkaaja verkkokauppavarastoon');
  const top = await waitForTopMatch(api, warehouse, packing);
  if (top) {
    await api.call(
      'mutation($job: ID!, $c: ID!) { requestIntroduction(jobId: $job, candidateId: $c, message: "Voisimmeko tavata?") { id } }',
      { job: packing, c: top },
      warehouse,
    );
  }
}

async function waitForTopMatch(api: Api, token: string, jobId: string): Promise<string | undefined> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const data = await api.call<{
      job: { matching: { upToDate: boolean }; matches: { edges: { node: { candidate: { id: string } } }[] } };
    }>(
      'query($id: ID!) { job(id: $id) { matching { upToDate } matches(first: 1) { edges { node { candidate { id } } } } } }',
      { id: jobId },
      token,
    );
    if (data.job.matching.upToDate && data.job.matches.edges.length > 0)
      return data.job.matches.edges[0].node.candidate.id;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return undefined;
}

async function issueCode(api: Api, coordinator: string, clientId: string): Promise<string> {
  const data = await api.call<{ issueClientAccessCode: string }>(
    'mutation($id: ID!) { issueClientAccessCode(clientId: $id) }',
    { id: clientId },
    coordinator,
  );
  return data.issueClientAccessCode;
}

/** A fresh one-time code for the demo's first client, so that each start prints one that works. */
async function demoClientCode(api: Api): Promise<{ name: string; code: string }> {
  const coordinator = await api.login(SERVICE_PROVIDERS[0].coordinators[0].email, DEMO_PASSWORD);
  const name = demoClients()[0].displayName;
  const data = await api.call<{ clients: { edges: { node: { id: string; displayName: string } }[] } }>(
    '{ clients(first: 100) { edges { node { id displayName } } } }',
    {},
    coordinator,
  );
  const client = data.clients.edges.find((e) => e.node.displayName === name);
  if (!client) throw new Error(`the demo client ${name} is missing`);
  return { name, code: await issueCode(api, coordinator, client.node.id) };
}

function signIns(adminEmail: string): string {
  const rows: [string, string, string][] = [['ADMIN', adminEmail, process.env.ADMIN_PASSWORD ?? '']];
  for (const employer of EMPLOYERS) rows.push(['EMPLOYER', employer.email, `${DEMO_PASSWORD}   (${employer.name})`]);
  for (const provider of SERVICE_PROVIDERS) {
    for (const coordinator of provider.coordinators) {
      rows.push(['COORDINATOR', coordinator.email, `${DEMO_PASSWORD}   (${provider.name})`]);
    }
  }
  const width = Math.max(...rows.map((r) => r[1].length));
  return rows.map(([role, email, password]) => `  ${role.padEnd(12)} ${email.padEnd(width)}  ${password}`).join('\n');
}

async function main(): Promise<void> {
  const url = process.argv[2] ?? 'http://localhost:3000/graphql';
  const adminEmail = process.env.ADMIN_EMAIL;
  const adminPassword = process.env.ADMIN_PASSWORD;
  if (!adminEmail || !adminPassword) throw new Error('ADMIN_EMAIL and ADMIN_PASSWORD must be set');
  const api = new Api(url);

  if (await api.canLogin(EMPLOYERS[0].email, DEMO_PASSWORD)) {
    console.log('The demo data is already there.');
  } else {
    const started = Date.now();
    await seedWorkflow(api, await seed(api, await api.login(adminEmail, adminPassword)));
    console.log(
      `Seeded the demo in ${((Date.now() - started) / 1000).toFixed(1)} s: ${EMPLOYERS.length} employers, ` +
        `${EMPLOYERS.reduce((n, e) => n + e.jobs.length, 0)} jobs, ${SERVICE_PROVIDERS.length} service providers, ` +
        `${demoClients().length} clients, offers and proposals. The worker scores in the background.`,
    );
  }
  const client = await demoClientCode(api);
  const web = new URL('/', url).toString().replace('127.0.0.1', 'localhost');
  console.log(
    `\nOpen ${web} in a browser.\n` +
      `Employers and coordinators sign in at ${web}sign-in with an email and password:\n${signIns(adminEmail)}\n` +
      `  CLIENT       ${client.name}: one-time code ${client.code} (7 days), at ${web}client/sign-in\n` +
      `Through the API: mutation { login(email: "...", password: "...") { token } } (or loginWithAccessCode(code: "${client.code}")),\n` +
      `then "Authorization: Bearer <token>", or let the session cookie the answer sets sign the requests in.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
