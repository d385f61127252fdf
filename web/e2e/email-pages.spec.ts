import {
  adminToken,
  businessId,
  createServiceProvider,
  PASSWORD,
  signUpEmployer,
} from '../../test/factories/accounts.ts';
import { linkToken } from '../../test/utils/smtp-peer.ts';
import enCommon from '../locales/en/common.json';
import enEmployer from '../locales/en/employer.json';
import enErrors from '../locales/en/errors.json';
import enShared from '../locales/en/shared.json';
import fiCommon from '../locales/fi/common.json';
import fiEmployer from '../locales/fi/employer.json';
import { checkState, expect, test, useStack } from './support/fixtures.ts';

// The pages of mailed links: verifying a sign-up, choosing a new password, accepting an invitation, and the mail
// settings. Each link is read from the mail the stack's SMTP peer received, as the person would open it.
useStack();
test.use({ actionTimeout: 15_000, navigationTimeout: 15_000 });

const NEW_PASSWORD = 'my own long passphrase 31';
const c = enCommon;
const l = enCommon.links;

test('signs up, says to check the mail, and signs in from the link', async ({ page, web }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.goto('/employer/sign-up');
  const email = `signup-${Date.now()}@example.fi`;
  await page.getByRole('textbox', { name: enEmployer.signUp.organisationName }).fill('Kahvila Posti');
  await page.getByRole('textbox', { name: enEmployer.signUp.businessId }).fill(businessId());
  const picker = page.getByRole('textbox', { name: enEmployer.signUp.municipality });
  await picker.fill('Helsinki');
  await expect(
    page.getByText(enShared.municipality.chosen.replace('{{name}}', 'Helsinki (Helsingfors)')),
  ).toBeVisible();
  await page.getByRole('textbox', { name: enEmployer.signUp.email }).fill(email);
  await page.locator('#sign-up-password').fill(PASSWORD);
  await page.getByRole('button', { name: enEmployer.signUp.submit }).click();

  const heading = page.getByRole('heading', { level: 1, name: enEmployer.signUp.checkMail.title });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByText(email)).toBeVisible();
  await checkState(page, 'email-sign-up-check-mail-en');

  const mail = await web.stack.mail.waitForMail(email);
  expect(mail.lang).toBe('en');
  await page.goto(`/verify-email?token=${linkToken(mail, '/verify-email')}`);
  await expect(page).toHaveURL(/\/employer$/);
  await expect(page.getByRole('heading', { level: 1, name: enEmployer.jobs.title })).toBeVisible();

  // The link works once.
  await page.goto(`/verify-email?token=${linkToken(mail, '/verify-email')}`);
  await expect(page.getByText(enErrors.link.LINK_USED)).toBeVisible();
  await checkState(page, 'email-verify-used-en');
});

test("a link that signs in holds, though the page's first session check answers after it", async ({ page, web }) => {
  const email = `signup-late-${Date.now()}@example.fi`;
  await web.stack.ok('mutation($input: SignUpEmployerInput!) { registerEmployer(input: $input) }', {
    input: {
      organisationName: 'Kahvila Myöhä',
      businessId: businessId(),
      municipalityCode: '091',
      email,
      password: PASSWORD,
    },
  });
  const mail = await web.stack.mail.waitForMail(email);

  // The page's first `me` (sent before the link signed in, so anonymous) is answered only after the second `me`
  // (sent after the sign-in) has been: the order a loaded server may give them.
  const operation = (request: { postDataJSON(): unknown }) =>
    (request.postDataJSON() as { operationName?: string } | null)?.operationName;
  let meSeen = 0;
  let releaseFirst!: () => void;
  const secondAnswered = new Promise<void>((resolve) => (releaseFirst = resolve));
  let answeredFirst!: () => void;
  const firstAnswered = new Promise<void>((resolve) => (answeredFirst = resolve));
  page.on('response', (response) => {
    if (
      response.url().endsWith('/graphql') &&
      response.request().method() === 'POST' &&
      operation(response.request()) === 'Me' &&
      meSeen >= 2
    )
      releaseFirst();
  });
  await page.route('**/graphql', async (route) => {
    if (route.request().method() !== 'POST' || operation(route.request()) !== 'Me') return route.continue();
    meSeen += 1;
    if (meSeen > 1) return route.continue();
    const answer = await route.fetch();
    await secondAnswered;
    await route.fulfill({ response: answer });
    answeredFirst();
  });

  await page.goto(`/verify-email?token=${linkToken(mail, '/verify-email')}`);
  await firstAnswered;
  // The late, anonymous answer came last and changed nothing: still signed in, on my jobs.
  await expect(page.getByRole('heading', { level: 1, name: fiEmployer.jobs.title })).toBeVisible();
  await expect(page).toHaveURL(/\/employer$/);
  await page.getByRole('link', { name: fiEmployer.jobs.new }).click();
  await expect(page.getByRole('heading', { level: 1, name: fiEmployer.editor.newTitle })).toBeVisible();
  expect(meSeen).toBeGreaterThanOrEqual(2);
});

test('asks for a new password from the sign-in page, and sets it from the link', async ({ page, web }) => {
  const employer = await signUpEmployer(web.stack);
  await page.goto('/');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.goto('/sign-in');
  await page.getByRole('link', { name: c.signIn.forgot }).click();
  await expect(page.getByRole('heading', { level: 1, name: l.forgot.title })).toBeVisible();

  // A problem is said at the field.
  const field = page.getByRole('textbox', { name: c.signIn.email });
  await field.fill('not an address');
  await page.getByRole('button', { name: l.forgot.submit }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(
    new RegExp(l.forgot.emailInvalid.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  await checkState(page, 'email-forgot-problem-en');

  await field.fill(employer.email);
  await page.keyboard.press('Enter');
  await expect(page.getByText(l.forgot.sent)).toBeVisible();
  await checkState(page, 'email-forgot-sent-en');

  const mail = await web.stack.mail.waitForMail(employer.email);
  await page.goto(`/reset-password?token=${linkToken(mail, '/reset-password')}`);
  await expect(page.getByRole('heading', { level: 1, name: l.reset.title })).toBeVisible();
  const password = page.locator('#new-password');
  await password.fill('password123');
  await page.getByRole('button', { name: l.reset.submit }).click();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(new RegExp(enErrors.field.WEAK_PASSWORD));
  await checkState(page, 'email-reset-weak-en');
  await password.fill(NEW_PASSWORD);
  await page.getByRole('button', { name: l.reset.submit }).click();
  // Signed in, and the pages now speak the account's own language (the factory's employers choose Finnish).
  await expect(page).toHaveURL(/\/employer$/);
  await expect(page.getByRole('heading', { level: 1, name: fiEmployer.jobs.title })).toBeVisible();

  // The old session of the account has ended.
  const old = await web.stack.gql('{ me { id } }', {}, { token: employer.token });
  expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

test('an invited coordinator chooses a password in Finnish and turns a mail off', async ({ page, web }) => {
  const admin = await adminToken(web.stack);
  const organisationId = await createServiceProvider(web.stack, admin);
  const email = `invited-${Date.now()}@example.fi`;
  await web.stack.ok(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { email, role: 'COORDINATOR', organisationId, preferredLanguage: 'FI' } },
    { token: admin },
  );
  const mail = await web.stack.mail.waitForMail(email);
  expect(mail.lang).toBe('fi');

  await page.goto('/');
  await page.getByRole('button', { name: 'Suomi', exact: true }).click();
  await page.goto(`/accept-invitation?token=${linkToken(mail, '/accept-invitation')}`);
  await expect(page.getByRole('heading', { level: 1, name: fiCommon.links.invitation.title })).toBeVisible();
  await checkState(page, 'email-invitation-fi');
  await page.locator('#new-password').fill(NEW_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/coordinator$/);

  await page.goto('/coordinator/settings');
  const s = fiCommon.settings;
  await expect(page.getByRole('heading', { level: 1, name: s.title })).toBeVisible();
  const offerAnswers = page.getByRole('checkbox', { name: s.coordinator.offerAnswers });
  await expect(offerAnswers).toBeChecked();
  await expect(page.getByRole('checkbox', { name: s.coordinator.introductions })).toBeChecked();
  await checkState(page, 'email-settings-fi');
  await offerAnswers.press('Space');
  await expect(offerAnswers).not.toBeChecked();
  await page.getByRole('button', { name: s.save }).click();
  await expect(page.getByText(s.saved)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: s.coordinator.offerAnswers })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: s.coordinator.reminders })).toBeChecked();
});
