import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type Account,
  adminToken,
  businessId,
  createCoordinator,
  createServiceProvider,
  login,
  PASSWORD,
  signUpEmployer,
} from '../factories/accounts';
import { createJob, publishJob } from '../factories/jobs';
import { jobMatches, scored } from '../factories/matching';
import { activeCandidate, type ActiveCandidate } from '../factories/profiles';
import { matchedJobInput, offerJob, proposeCandidate, signInClient } from '../factories/world';
import { codeOf, fieldReasonsOf, reasonOf } from '../utils/errors';
import { linkToken, type ReceivedMail } from '../utils/smtp-peer';
import { eventually, PRODUCTION_ENV, sleep, Stack, TEST_PUBLIC_URL } from '../utils/stack';

/**
 * E-mail end to end: the API writes mails to the outbox, the worker sends them to a real SMTP server (the stack's
 * SmtpPeer, smtp-server with mailparser), and the tests read the links from the mails as a person would.
 */

const unique = (): string => randomBytes(4).toString('hex');
const NEW_PASSWORD = 'a new and long passphrase 42';

const REGISTER = 'mutation($input: SignUpEmployerInput!) { registerEmployer(input: $input) }';
const VERIFY =
  'mutation($t: String!) { verifyEmail(token: $t) { token user { id role email organisation { name } } } }';
const REQUEST_RESET = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { token user { id } } }';
const ACCEPT =
  'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { token user { id role } } }';
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id email role } }';
const SETTINGS =
  'mutation($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { proposals introductions offerAnswers reminders } }';
const ME_SETTINGS = '{ me { id notificationSettings { proposals introductions offerAnswers reminders } } }';
const ME = '{ me { id role } }';

function signUpInput(email: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organisationName: `Kahvila ${unique()}`,
    businessId: businessId(),
    municipalityCode: '091',
    email,
    password: PASSWORD,
    ...extra,
  };
}

/** Waits a few of the worker's passes, so that a mail that should not come would have come. */
async function quietPeriod(): Promise<void> {
  await sleep(1500);
}

describe('e-mail', () => {
  let stack: Stack;
  let admin: string;
  /** Every employer address of this file: no mail to one may carry a client's identity or profile text. */
  const employerAddresses = new Set<string>();

  beforeAll(async () => {
    stack = await Stack.start({ env: { REMINDER_AFTER_SECONDS: '4' } });
    admin = await adminToken(stack);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe('employer sign-up with a verified address', () => {
    it('answers the same for a free and a taken address, and sends each a different mail', async () => {
      const existing = await signUpEmployer(stack);
      await stack.ok('mutation { updateMyPreferences(preferredLanguage: SV) { id } }', {}, { token: existing.token });
      const free = `new-${unique()}@example.fi`;
      employerAddresses.add(free).add(existing.email);

      const freeAnswer = await stack.gql(REGISTER, { input: signUpInput(free, { preferredLanguage: 'EN' }) });
      const takenAnswer = await stack.gql(REGISTER, { input: signUpInput(existing.email.toUpperCase()) });
      expect(freeAnswer).toEqual(takenAnswer);
      expect(freeAnswer.data).toEqual({ registerEmployer: true });

      const verification = await stack.mail.waitForMail(free);
      expect(verification.subject).toBe('Confirm your email address');
      expect(verification.lang).toBe('en');
      expect(verification.text).toContain(`${TEST_PUBLIC_URL}/verify-email?token=`);
      expect(verification.html).toContain('<a href="https://jobcenter.test/verify-email?token=');
      expect(verification.from).toBe('jobcenter@jobcenter.test');
      expect(verification.replyTo).toBe('support@jobcenter.test');
      expect(verification.messageId).toMatch(/^<outbox-\d+@jobcenter\.test>$/);

      const warning = await stack.mail.waitForMail(existing.email);
      // In the account's own language, with no link that signs anyone in.
      expect(warning.subject).toBe('Någon försökte registrera sig med din adress');
      expect(warning.lang).toBe('sv');
      expect(warning.text).toContain(`${TEST_PUBLIC_URL}/forgot-password`);
      expect(warning.text).not.toContain('token=');

      // Nothing changed for the taken address: its password is still the old one.
      expect(await login(stack, existing.email)).toBeTruthy();
      // The free address signs in only once verified.
      const early = await stack.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
        e: free,
        p: PASSWORD,
      });
      expect(codeOf(early)).toBe('UNAUTHENTICATED');
    });

    it('signs the employer in from the verification link, which then works no more', async () => {
      const email = `verify-${unique()}@example.fi`;
      employerAddresses.add(email);
      const input = signUpInput(email);
      await stack.ok(REGISTER, { input });
      const token = linkToken(await stack.mail.waitForMail(email), '/verify-email');

      const verified = await stack.ok<{
        verifyEmail: { token: string; user: { role: string; email: string; organisation: { name: string } } };
      }>(VERIFY, { t: token });
      expect(verified.verifyEmail.user).toMatchObject({
        role: 'EMPLOYER',
        email,
        organisation: { name: input.organisationName },
      });
      expect((await stack.ok<{ me: { role: string } }>(ME, {}, { token: verified.verifyEmail.token })).me.role).toBe(
        'EMPLOYER',
      );
      expect(await login(stack, email)).toBeTruthy();

      expect(reasonOf(await stack.gql(VERIFY, { t: token }))).toBe('LINK_USED');
      expect(codeOf(await stack.gql(VERIFY, { t: 'not-a-token' }))).toBe('UNAUTHENTICATED');
      expect(reasonOf(await stack.gql(VERIFY, { t: 'not-a-token' }))).toBe('LINK_WRONG');
    });

    it('lets an unverified sign-up expire', async () => {
      const email = `late-${unique()}@example.fi`;
      employerAddresses.add(email);
      await stack.ok(REGISTER, { input: signUpInput(email) });
      const token = linkToken(await stack.mail.waitForMail(email), '/verify-email');
      // A day has passed.
      await stack.db.query("UPDATE email_token SET expires_at = now() - interval '1 second' WHERE lower(email) = $1", [
        email,
      ]);
      expect(reasonOf(await stack.gql(VERIFY, { t: token }))).toBe('LINK_EXPIRED');
      const users = await stack.db.query('SELECT 1 FROM app_user WHERE lower(email) = $1', [email]);
      expect(users.rowCount).toBe(0);
    });

    it('refuses signUpEmployer and passwords chosen by others in production', async () => {
      const production = await stack.spawnApi({ ...PRODUCTION_ENV });
      const refused = await stack.gql(
        'mutation($input: SignUpEmployerInput!) { signUpEmployer(input: $input) { token } }',
        { input: signUpInput(`prod-${unique()}@example.fi`) },
        { url: production.url },
      );
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.message).toContain('registerEmployer');

      const adminThere = await stack.ok<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: 'admin@jobcenter.test', p: 'admin-password-for-tests' },
        { url: production.url },
      );
      const organisationId = await createServiceProvider(stack, admin);
      const withPassword = await stack.gql(
        CREATE_USER,
        { input: { email: `c-${unique()}@example.fi`, password: PASSWORD, role: 'COORDINATOR', organisationId } },
        { url: production.url, token: adminThere.login.token },
      );
      expect(codeOf(withPassword)).toBe('BAD_USER_INPUT');
      expect(fieldReasonsOf(withPassword)).toEqual([['input.password', 'NOT_ALLOWED_VALUE']]);
      await production.process.stop();
    });
  });

  describe('invitations', () => {
    it('invites a user created without a password, who chooses it and signs in', async () => {
      const organisationId = await createServiceProvider(stack, admin);
      const email = `invited-${unique()}@example.fi`;
      const created = await stack.ok<{ createUser: { id: string } }>(
        CREATE_USER,
        { input: { email, role: 'COORDINATOR', organisationId, preferredLanguage: 'SV' } },
        { token: admin },
      );
      const invitation = await stack.mail.waitForMail(email);
      expect(invitation.subject).toBe('Du är inbjuden till Jobcenter');
      expect(invitation.lang).toBe('sv');
      const token = linkToken(invitation, '/accept-invitation');

      // No password signs in before the invitation is accepted.
      const before = await stack.gql(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        {
          e: email,
          p: PASSWORD,
        },
      );
      expect(codeOf(before)).toBe('UNAUTHENTICATED');

      // A weak password is refused without spending the link.
      const weak = await stack.gql(ACCEPT, { t: token, p: 'password123' });
      expect(fieldReasonsOf(weak)).toEqual([['password', 'WEAK_PASSWORD']]);

      const accepted = await stack.ok<{ acceptInvitation: { token: string; user: { id: string; role: string } } }>(
        ACCEPT,
        { t: token, p: NEW_PASSWORD },
      );
      expect(accepted.acceptInvitation.user).toEqual({ id: created.createUser.id, role: 'COORDINATOR' });
      expect((await stack.ok<{ me: { id: string } }>(ME, {}, { token: accepted.acceptInvitation.token })).me.id).toBe(
        created.createUser.id,
      );
      expect(await login(stack, email, NEW_PASSWORD)).toBeTruthy();
      expect(reasonOf(await stack.gql(ACCEPT, { t: token, p: NEW_PASSWORD }))).toBe('LINK_USED');
    });
  });

  describe('password reset', () => {
    it('answers the same whether or not the address has an account, and mails only the account', async () => {
      const employer = await signUpEmployer(stack);
      employerAddresses.add(employer.email);
      const nobody = `nobody-${unique()}@example.fi`;
      const known = await stack.gql(REQUEST_RESET, { e: employer.email });
      const unknown = await stack.gql(REQUEST_RESET, { e: nobody });
      expect(known).toEqual(unknown);
      expect(known.data).toEqual({ requestPasswordReset: true });
      const mail = await stack.mail.waitForMail(employer.email);
      expect(mail.subject).toBe('Vaihda salasanasi');
      await quietPeriod();
      expect(stack.mail.mailsTo(nobody)).toEqual([]);
    });

    it('sets a new password once, ends the old sessions and signs in', async () => {
      const employer = await signUpEmployer(stack);
      employerAddresses.add(employer.email);
      const otherSession = await login(stack, employer.email);
      await stack.ok(REQUEST_RESET, { e: employer.email });
      const token = linkToken(await stack.mail.waitForMail(employer.email), '/reset-password');

      const reset = await stack.ok<{ resetPassword: { token: string; user: { id: string } } }>(RESET, {
        t: token,
        p: NEW_PASSWORD,
      });
      expect(reset.resetPassword.user.id).toBe(employer.userId);
      expect(codeOf(await stack.gql(ME, {}, { token: employer.token }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await stack.gql(ME, {}, { token: otherSession }))).toBe('UNAUTHENTICATED');
      expect((await stack.ok<{ me: { id: string } }>(ME, {}, { token: reset.resetPassword.token })).me.id).toBe(
        employer.userId,
      );
      expect(await login(stack, employer.email, NEW_PASSWORD)).toBeTruthy();
      const old = await stack.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
        e: employer.email,
        p: PASSWORD,
      });
      expect(codeOf(old)).toBe('UNAUTHENTICATED');

      expect(reasonOf(await stack.gql(RESET, { t: token, p: 'yet another long passphrase 7' }))).toBe('LINK_USED');
    });

    it('refuses a reset link after 30 minutes', async () => {
      const employer = await signUpEmployer(stack);
      employerAddresses.add(employer.email);
      await stack.ok(REQUEST_RESET, { e: employer.email });
      const token = linkToken(await stack.mail.waitForMail(employer.email), '/reset-password');
      const { rows } = await stack.db.query<{ minutes: number }>(
        `SELECT round(extract(epoch FROM expires_at - created_at) / 60)::int AS minutes FROM email_token
          WHERE user_id = $1 AND purpose = 'PASSWORD_RESET'`,
        [employer.userId],
      );
      expect(rows).toEqual([{ minutes: 30 }]);
      await stack.db.query("UPDATE email_token SET expires_at = now() - interval '1 second' WHERE user_id = $1", [
        employer.userId,
      ]);
      expect(reasonOf(await stack.gql(RESET, { t: token, p: NEW_PASSWORD }))).toBe('LINK_EXPIRED');
      expect(await login(stack, employer.email)).toBeTruthy();
    });
  });

  describe('notifications and reminders', () => {
    let employer: Account;
    let coordinator: Account;
    let candidates: ActiveCandidate[];
    let jobId: string;
    let jobTitle: string;

    beforeAll(async () => {
      employer = await signUpEmployer(stack);
      employerAddresses.add(employer.email);
      await stack.ok('mutation { updateMyPreferences(preferredLanguage: EN) { id } }', {}, { token: employer.token });
      coordinator = await createCoordinator(stack, admin); // Finnish
      candidates = await Promise.all([0, 1, 2, 3].map(() => activeCandidate(stack, coordinator.token)));
      jobTitle = `Astianpesijä ${unique()}`;
      const job = await createJob(stack, employer.token, matchedJobInput({ title: jobTitle }));
      jobId = job.id;
      await publishJob(stack, employer.token, jobId);
      await scored(stack, employer.token, 'job', jobId);
      await eventually(
        async () => {
          const { nodes } = await jobMatches(stack, employer.token, jobId);
          const feasible = new Set(nodes.filter((n) => n.feasible).map((n) => n.candidate.id));
          return candidates.every((c) => feasible.has(c.profileId)) ? true : undefined;
        },
        30_000,
        'the matches of the job',
      );
    });

    it('tells the employer of a proposal, in English, with the job and the pseudonym only', async () => {
      await proposeCandidate(stack, coordinator.token, jobId, candidates[0].profileId);
      const mail = await stack.mail.waitForMail(employer.email, (m) => m.subject === 'A new candidate for your job');
      expect(mail.lang).toBe('en');
      expect(mail.text).toContain(candidates[0].pseudonym);
      expect(mail.text).toContain(jobTitle);
      expect(mail.text).toContain(`${TEST_PUBLIC_URL}/employer/proposals`);
    });

    it('tells the coordinator, in Finnish, of a request for an introduction and of an answer to an offer', async () => {
      await stack.ok(
        'mutation($j: ID!, $c: ID!) { requestIntroduction(jobId: $j, candidateId: $c) { id } }',
        { j: jobId, c: candidates[1].profileId },
        { token: employer.token },
      );
      const introduction = await stack.mail.waitForMail(
        coordinator.email,
        (m) => m.subject === 'Työnantaja pyytää esittelyä',
      );
      expect(introduction.lang).toBe('fi');
      expect(introduction.text).toContain(candidates[1].pseudonym);

      const offerId = await offerJob(stack, coordinator.token, jobId, candidates[2].profileId);
      const client = await signInClient(stack, coordinator.token, candidates[2].clientId);
      await stack.ok(
        'mutation($id: ID!) { respondToOffer(offerId: $id, interested: true) { id } }',
        { id: offerId },
        { token: client.token },
      );
      const answer = await stack.mail.waitForMail(
        coordinator.email,
        (m) => m.subject === 'Asiakas vastasi työtarjoukseen',
      );
      expect(answer.lang).toBe('fi');
      expect(answer.text).toContain('Hän on kiinnostunut työstä.');
      expect(answer.text).toContain(candidates[2].pseudonym);
    });

    it('sends no notification of a kind the user turned off', async () => {
      const settings = await stack.ok<{ updateNotificationSettings: Record<string, boolean> }>(
        SETTINGS,
        { input: { proposals: false } },
        { token: employer.token },
      );
      expect(settings.updateNotificationSettings).toEqual({
        proposals: false,
        introductions: true,
        offerAnswers: true,
        reminders: true,
      });
      const me = await stack.ok<{ me: { notificationSettings: Record<string, boolean> } }>(
        ME_SETTINGS,
        {},
        {
          token: employer.token,
        },
      );
      expect(me.me.notificationSettings.proposals).toBe(false);

      const before = stack.mail.mailsTo(employer.email).length;
      await proposeCandidate(stack, coordinator.token, jobId, candidates[3].profileId);
      // A mail sent after the proposal's arrives after it would have: the worker sends in order.
      await stack.ok(REQUEST_RESET, { e: employer.email });
      await stack.mail.waitForMail(employer.email, (m) => m.subject === 'Change your password');
      const after = stack.mail.mailsTo(employer.email).slice(before);
      expect(after.map((m) => m.subject)).toContain('Change your password');
      expect(after.filter((m) => m.subject === 'A new candidate for your job')).toEqual([]);
      await stack.ok(SETTINGS, { input: { proposals: true } }, { token: employer.token });
    });

    it('reminds the side a proposal waits for once, after the interval, and tells the other side', async () => {
      // candidates[0]'s proposal has waited for the employer longer than REMINDER_AFTER_SECONDS (4 s) by now.
      const reminder = await stack.mail.waitForMail(
        employer.email,
        (m) =>
          m.subject === 'Reminder: a candidate is waiting for your answer' && m.text.includes(candidates[0].pseudonym),
      );
      expect(reminder.lang).toBe('en');
      expect(reminder.text).toContain(jobTitle);
      const told = await stack.mail.waitForMail(
        coordinator.email,
        (m) => m.subject === 'Työnantaja ei ole vielä vastannut' && m.text.includes(candidates[0].pseudonym),
      );
      expect(told.lang).toBe('fi');
      // The employer's request for an introduction waits for the coordinator: the coordinator is reminded.
      await stack.mail.waitForMail(
        coordinator.email,
        (m) => m.subject === 'Muistutus: työnantaja odottaa vastaustasi' && m.text.includes(candidates[1].pseudonym),
      );
      await sleep(2500);
      const reminders = stack.mail
        .mailsTo(employer.email)
        .filter((m) => m.subject.startsWith('Reminder:') && m.text.includes(candidates[0].pseudonym));
      expect(reminders).toHaveLength(1);
    });

    it('turns reminders off for a user who does not want them', async () => {
      const quiet = await createCoordinator(stack, admin, coordinator.organisationId);
      await stack.ok(SETTINGS, { input: { reminders: false } }, { token: quiet.token });
      const more = await activeCandidate(stack, coordinator.token);
      await proposeCandidate(stack, coordinator.token, jobId, more.profileId);
      await stack.mail.waitForMail(
        coordinator.email,
        (m) => m.subject === 'Työnantaja ei ole vielä vastannut' && m.text.includes(more.pseudonym),
        30_000,
      );
      await quietPeriod();
      expect(stack.mail.mailsTo(quiet.email).filter((m) => m.text.includes(more.pseudonym))).toEqual([]);
    });

    it('never puts a client’s identity or profile text in a mail to an employer', async () => {
      const names = await stack.db.query('SELECT client_id FROM client_identity');
      expect(names.rowCount).toBeGreaterThan(0);
      const employerMails: ReceivedMail[] = stack.mail.mails.filter((m) =>
        m.to.some((to) => employerAddresses.has(to)),
      );
      expect(employerMails.length).toBeGreaterThanOrEqual(8);
      const { rows: profiles } = await stack.db.query<{ summary: string }>('SELECT summary FROM capacity_profile');
      for (const mail of employerMails) {
        const content = `${mail.subject}\n${mail.text}\n${mail.html}`;
        // The factories' clients are all named "Ilmari Kuvitteellinen N" (their names are encrypted at rest).
        expect(content).not.toMatch(/Kuvitteellinen|Ilmari/);
        for (const { summary } of profiles) expect(content).not.toContain(summary.slice(0, 30));
        expect(content).not.toMatch(/@example\.fi/);
      }
    });
  });
});

describe('e-mail delivery across faults', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await Stack.start();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function requestResets(count: number): Promise<string[]> {
    const emails: string[] = [];
    for (let i = 0; i < count; i++) {
      const employer = await signUpEmployer(stack);
      await stack.ok(REQUEST_RESET, { e: employer.email });
      emails.push(employer.email);
    }
    return emails;
  }

  it('sends the mails due while SMTP was down once it is back, each once', async () => {
    await stack.mail.stop();
    const emails = await requestResets(3);
    await eventually(
      async () => {
        const { rows } = await stack.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM outbox WHERE attempts >= 2 AND sent_at IS NULL',
        );
        return rows[0].n >= 3 ? true : undefined;
      },
      20_000,
      'failed attempts',
    );
    await stack.mail.listen();
    for (const email of emails) await stack.mail.waitForMail(email);
    await quietPeriod();
    for (const email of emails) expect(stack.mail.mailsTo(email)).toHaveLength(1);
    const { rows } = await stack.db.query<{ sent: boolean; body: string | null }>(
      'SELECT sent_at IS NOT NULL AS sent, body_text AS body FROM outbox',
    );
    expect(rows.every((r) => r.sent && r.body === null)).toBe(true);
  });

  it('sends a mail once when the worker is killed in the middle of sending it', async () => {
    stack.mail.holdDataMs = 60_000;
    const [email] = await requestResets(1);
    await eventually(async () => (stack.mail.held === 1 ? true : undefined), 20_000, 'the mail to be held');
    await stack.workers[0].stop('SIGKILL');
    stack.mail.holdDataMs = 0;
    await stack.startWorker();
    const mail = await stack.mail.waitForMail(email);
    await quietPeriod();
    expect(stack.mail.mailsTo(email)).toHaveLength(1);
    const { rows } = await stack.db.query<{ id: string; attempts: number }>(
      'SELECT id::text, attempts FROM outbox WHERE recipient = $1',
      [email],
    );
    expect(rows).toHaveLength(1);
    expect(mail.messageId).toBe(`<outbox-${rows[0].id}@jobcenter.test>`);
    // The killed worker's claim was rolled back: the row counts only the attempt that sent it.
    expect(rows[0].attempts).toBe(1);
  });

  it('sends each mail once with two workers sending at the same time', async () => {
    await stack.startWorker();
    const emails = await requestResets(8);
    for (const email of emails) await stack.mail.waitForMail(email);
    await quietPeriod();
    for (const email of emails) expect(stack.mail.mailsTo(email)).toHaveLength(1);
  });
});
