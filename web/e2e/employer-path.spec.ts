import type { Locator } from '@playwright/test';
import {
  adminToken,
  businessId,
  createCoordinator,
  PASSWORD,
  verifyOrganisation,
} from '../../test/factories/accounts.ts';
import { createJob, publishJob } from '../../test/factories/jobs.ts';
import { activeCandidate, type ActiveCandidate } from '../../test/factories/profiles.ts';
import { matchedJobInput, proposeCandidate } from '../../test/factories/world.ts';
import { linkToken } from '../../test/utils/smtp-peer.ts';
import type { Stack } from '../../test/utils/stack.ts';
import fiCommon from '../locales/fi/common.json';
import fiEmployer from '../locales/fi/employer.json';
import fiShared from '../locales/fi/shared.json';
import svCommon from '../locales/sv/common.json';
import svEmployer from '../locales/sv/employer.json';
import svShared from '../locales/sv/shared.json';
import { checkState, expect, test, useStack } from './support/fixtures.ts';
import { signIn } from './support/sign-in.ts';
import { press, tabTo } from './support/keyboard.ts';
import { escapeRegExp, fill } from './support/text.ts';

useStack();
// A step that cannot happen fails in seconds, not at the test's end.
test.use({ actionTimeout: 15_000, navigationTimeout: 15_000 });

const LANGUAGES = {
  fi: {
    api: 'FI',
    label: 'Suomi',
    e: fiEmployer,
    common: fiCommon,
    shared: fiShared,
    // What the employer types in this language, and what the pages answer.
    otherLanguageName: 'Helsingfors',
    shownName: 'Helsinki (Helsingfors)',
    partialName: 'Hels',
    dishwashing: 'astianp',
    moving: 'muutto',
    sameMunicipality: 'Työpaikka on henkilön kotikunnassa.',
    title: 'Astianpesijä kahvilaan',
  },
  sv: {
    api: 'SV',
    label: 'Svenska',
    e: svEmployer,
    common: svCommon,
    shared: svShared,
    otherLanguageName: 'Helsinki',
    shownName: 'Helsingfors (Helsinki)',
    partialName: 'Helsingf',
    dishwashing: 'disk',
    moving: 'flytt',
    sameMunicipality: 'Arbetsplatsen finns i personens hemkommun.',
    title: 'Diskare till kaféet',
  },
} as const;
type Language = keyof typeof LANGUAGES;

/** The candidates every job of this file can have: 21 who fit (one more than a page) and two near misses. */
interface World {
  coordinator: { token: string };
  fitting: ActiveCandidate[];
  nearMisses: ActiveCandidate[];
  /** Candidates hired by an earlier test (PLACED: no longer among the candidates of other jobs). */
  placed: Set<string>;
}
let worldPromise: Promise<World> | null = null;

function world(stack: Stack): Promise<World> {
  worldPromise ??= (async () => {
    const admin = await adminToken(stack);
    const coordinator = await createCoordinator(stack, admin);
    const fitting: ActiveCandidate[] = [];
    for (let batch = 0; batch < 21; batch += 7)
      fitting.push(...(await Promise.all(Array.from({ length: 7 }, () => activeCandidate(stack, coordinator.token)))));
    // They need an instructor on site, which the jobs of this file do not offer: one blocker each.
    const nearMisses = await Promise.all(
      [0, 1].map(() =>
        activeCandidate(stack, coordinator.token, {
          accommodationNeeds: [
            { accommodationCode: 'env.quiet', necessity: 'REQUIRED' },
            { accommodationCode: 'sup.instructor_onsite', necessity: 'REQUIRED' },
          ],
        }),
      ),
    );
    return { coordinator, fitting, nearMisses, placed: new Set<string>() };
  })();
  return worldPromise;
}

/**
 * An employer account made through the API (in the given language), for the tests that do not sign up; verified by
 * an ADMIN, as an employer already at work is.
 */
async function employerAccount(stack: Stack, language: Language, name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}@example.fi`;
  const data = await stack.ok<{ signUpEmployer: { token: string; user: { organisation: { id: string } } } }>(
    'mutation($input: SignUpEmployerInput!) { signUpEmployer(input: $input) { token user { organisation { id } } } }',
    {
      input: {
        organisationName: name,
        businessId: businessId(),
        municipalityCode: '091',
        email,
        password: PASSWORD,
        preferredLanguage: LANGUAGES[language].api,
      },
    },
  );
  await verifyOrganisation(stack, data.signUpEmployer.user.organisation.id);
  return { email, token: data.signUpEmployer.token };
}

/** The field's problem is said at the field: marked invalid, and the message is part of its description. */
async function expectProblemAt(field: Locator, message: string): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
}

for (const language of ['fi', 'sv'] as const) {
  const L = LANGUAGES[language];
  const e = L.e;

  test(`the employer's whole path in ${L.label}: sign up, a carvable job by keyboard, candidates, introduction, hire`, async ({
    page,
    web,
  }) => {
    test.setTimeout(360_000);
    const { coordinator, fitting, nearMisses, placed } = await world(web.stack);

    // Sign-up, in the language chosen on the landing page.
    await page.goto('/');
    await page.getByRole('button', { name: L.label, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.getByRole('link', { name: L.common.landing.employer.signUp }).click();
    await expect(page.getByRole('heading', { level: 1, name: e.signUp.title })).toBeVisible();
    await page.getByRole('textbox', { name: e.signUp.organisationName }).fill(`Kahvila Kulma ${L.api}`);

    // A business ID with a wrong check digit: explained at the field when leaving it.
    const idField = page.getByRole('textbox', { name: e.signUp.businessId });
    await idField.fill('0737546-3');
    await idField.blur();
    await expectProblemAt(idField, fill(e.signUp.businessIdCheckDigit, { expected: 2, typed: 3 }));

    // The municipality found by its name in the other language, shown in this one.
    const picker = page.getByRole('textbox', { name: e.signUp.municipality });
    await picker.fill(L.otherLanguageName);
    await expect(page.getByText(fill(L.shared.municipality.chosen, { name: L.shownName }))).toBeVisible();

    // The password rule is shown before anything is typed, and follows the typing.
    const password = page.locator('#sign-up-password');
    await expect(password).toHaveAccessibleDescription(
      new RegExp(escapeRegExp(fill(e.signUp.passwordRule_other, { count: 10, typed: 0 }))),
    );
    await password.fill('short');
    await expect(password).toHaveAccessibleDescription(
      new RegExp(escapeRegExp(fill(e.signUp.passwordRule_other, { count: 10, typed: 5 }))),
    );
    await checkState(page, `employer-sign-up-problem-${language}`);

    await idField.fill(businessId());
    await idField.blur();
    await expect(idField).not.toHaveAttribute('aria-invalid', 'true');
    const email = `kahvila-${language}-${Date.now()}@example.fi`;
    await page.getByRole('textbox', { name: e.signUp.email }).fill(email);
    await password.fill(PASSWORD);
    await expect(page.getByText(e.signUp.passwordOk)).toBeVisible();
    await checkState(page, `employer-sign-up-${language}`);
    await page.getByRole('button', { name: e.signUp.submit }).click();
    // The address is verified first: the link of the mail the stack's SMTP peer received signs the employer in.
    await expect(page.getByRole('heading', { level: 1, name: e.signUp.checkMail.title })).toBeVisible();
    const verification = await web.stack.mail.waitForMail(email);
    await page.goto(`/verify-email?token=${linkToken(verification, '/verify-email')}`);

    // My jobs, empty; the new organisation waits for verification, which my jobs says in plain words.
    await expect(page.getByRole('heading', { level: 1, name: e.jobs.title })).toBeVisible();
    await expect(page.getByText(e.jobs.none)).toBeVisible();
    await expect(page.getByText(e.verification.jobs)).toBeVisible();
    await checkState(page, `employer-my-jobs-empty-${language}`);

    // The job editor by keyboard alone, from the link on my jobs to publishing.
    await tabTo(page, page.getByRole('link', { name: e.jobs.new }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: e.editor.newTitle })).toBeVisible();
    await checkState(page, `employer-job-editor-new-${language}`);
    await tabTo(page, page.locator('#job-title'));
    await page.keyboard.type(L.title);
    await tabTo(page, page.locator('#job-description'));
    await page.keyboard.type('Rauhallinen kahvilan keittiö. Perehdytämme työhön.');
    await tabTo(page, page.locator('#job-municipalityCode'));
    await page.keyboard.type(L.partialName);
    await tabTo(page, page.getByRole('button', { name: L.shownName, exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.locator('#job-municipalityCode-chosen')).toHaveText(
      fill(L.shared.municipality.chosen, { name: L.shownName }),
    );
    await tabTo(page, page.locator('#job-hoursPerWeekMin'));
    await page.keyboard.type('8');
    await tabTo(page, page.locator('#job-hoursPerWeekMax'));
    await page.keyboard.type('16');
    await tabTo(page, page.locator('#job-hourlyWage'));
    await page.keyboard.type('12,50');

    // The schedule: Monday 8–12 made with the arrow keys, Tuesday copied from it, a third time added and removed.
    const total = page.locator('#job-schedule-total');
    await tabTo(page, page.getByRole('button', { name: L.shared.schedule.add }));
    await page.keyboard.press('Enter');
    await expect(page.locator('#job-schedule-0-day')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('#job-schedule-0-start')).toBeFocused();
    await press(page, 'ArrowUp', 4);
    await page.keyboard.press('Tab');
    await press(page, 'ArrowUp', 4);
    await expect(page.locator('#job-schedule-0-start')).toHaveValue('08:00');
    await expect(page.locator('#job-schedule-0-end')).toHaveValue('12:00');
    await expect(total).toHaveText(fill(L.shared.schedule.total_other, { hours: 4 }));
    for (const row of [1, 2]) {
      await tabTo(page, page.getByRole('button', { name: L.shared.schedule.add }));
      await page.keyboard.press('Enter');
      await expect(page.locator(`#job-schedule-${row}-day`)).toBeFocused();
    }
    await expect(page.locator('#job-schedule-1-day')).toHaveValue('TUE');
    await expect(page.locator('#job-schedule-2-day')).toHaveValue('WED');
    await expect(total).toHaveText(fill(L.shared.schedule.total_other, { hours: 12 }));
    // The third one on Tuesday too: the overlap is said at once, then the day is put back and the row removed.
    await press(page, 'ArrowUp');
    await expect(page.locator('#job-schedule-2-day')).toHaveValue('TUE');
    await expect(page.getByText(L.shared.schedule.problem.OVERLAP).first()).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: fill(L.shared.schedule.remove, { n: 3 }) }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: L.shared.schedule.add })).toBeFocused();
    await expect(page.getByText(L.shared.schedule.problem.OVERLAP)).toHaveCount(0);
    await expect(total).toHaveText(fill(L.shared.schedule.total_other, { hours: 8 }));

    // Task 1, essential: dishwashing found by searching, its usual lifting lowered to light loads.
    await tabTo(page, page.getByRole('button', { name: e.editor.addTask }));
    await page.keyboard.press('Enter');
    await expect(page.locator('#task-0-type-search')).toBeFocused();
    await page.keyboard.type(L.dishwashing);
    await expect(page.locator('#task-0-type-found')).toHaveText(fill(e.editor.task.found_one, { count: 1 }));
    await page.keyboard.press('Tab');
    await expect(page.locator('#task-0-type')).toBeFocused();
    await press(page, 'ArrowDown');
    await expect(page.locator('#task-0-type')).toHaveValue('dishwashing');
    const lifting = page.locator('#task-0-demand-d4300');
    await expect(lifting).toHaveValue('2');
    await tabTo(page, page.locator('#task-0-description'));
    await page.keyboard.type('Astioiden pesu koneella');
    await tabTo(page, lifting);
    await press(page, 'ArrowUp');
    await expect(lifting).toHaveValue('1');
    await expect(page.locator('#task-0-essential')).toBeChecked();

    // Task 2, can be left out: help with moving, with its heavy lifting.
    await tabTo(page, page.getByRole('button', { name: e.editor.addTask }));
    await page.keyboard.press('Enter');
    await expect(page.locator('#task-1-type-search')).toBeFocused();
    await page.keyboard.type(L.moving);
    await page.keyboard.press('Tab');
    await press(page, 'ArrowDown');
    await expect(page.locator('#task-1-type')).toHaveValue('moving_help');
    await tabTo(page, page.locator('#task-1-description'));
    await page.keyboard.type('Tavaroiden kantaminen varastoon');
    await tabTo(page, page.locator('#task-1-essential'));
    await press(page, 'ArrowDown');
    await expect(page.locator('#task-1-modifiable')).toBeChecked();

    // Two accommodations.
    for (const code of ['env-quiet', 'sched-extra_breaks']) {
      const box = page.locator(`#job-accommodations-${code}`);
      await tabTo(page, box);
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
    }
    await checkState(page, `employer-job-editor-filled-${language}`);

    // Published while no worker runs: my jobs says candidates are being looked for, then how many fit.
    await web.stack.workers.at(-1)?.stop();
    await tabTo(page, page.getByRole('button', { name: e.editor.publish }));
    await page.keyboard.press('Enter');
    await expect(page.getByText(e.editor.notice.publishedBody)).toBeVisible();
    await expect(page.locator('p.status')).toHaveText(e.jobs.status.PUBLISHED);
    await checkState(page, `employer-job-published-${language}`);
    const jobId = /\/employer\/jobs\/([0-9a-f-]+)$/.exec(page.url())?.[1] ?? '';
    expect(jobId).not.toBe('');

    await page.getByRole('link', { name: e.editor.back }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: L.title }) });
    await expect(card.getByText(e.jobs.matching.finding)).toBeVisible();
    await checkState(page, `employer-my-jobs-finding-${language}`, { screenshot: false });
    await web.stack.startWorker();
    const fits = fitting.filter((c) => !placed.has(c.profileId));
    await expect(card.getByText(fill(e.jobs.matching.found_other, { count: fits.length }))).toBeVisible({
      timeout: 30_000,
    });
    await checkState(page, `employer-my-jobs-${language}`);

    // Not verified yet: the candidates page says how many fit and that they show once verified, and shows none.
    await card.getByRole('link', { name: e.jobs.candidatesLink }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: fill(e.candidates.title, { title: L.title }) }),
    ).toBeVisible();
    await expect(page.getByText(fill(e.verification.candidates_other, { count: fits.length }))).toBeVisible();
    await expect(
      page.getByRole('region', { name: fill(e.candidates.ranked_other, { count: fits.length }) }),
    ).toHaveCount(0);
    for (const candidate of fits) await expect(page.getByText(candidate.pseudonym)).toHaveCount(0);
    await checkState(page, `employer-candidates-unverified-${language}`);

    // An ADMIN verifies the organisation through the API; my jobs stops saying it waits, and the path goes on.
    const me = await page.request.post('/graphql', { data: { query: '{ me { organisation { id } } }' } });
    const organisationId = ((await me.json()) as { data: { me: { organisation: { id: string } } } }).data.me
      .organisation.id;
    await verifyOrganisation(web.stack, organisationId);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: e.jobs.title })).toBeVisible();
    await expect(page.getByText(e.verification.jobs)).toHaveCount(0, { timeout: 15_000 });

    // The candidates: one GraphQL request for the whole page of 20.
    // My jobs asks again every 5 s: leave it just after it has asked, so that only the candidates page is counted.
    await page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/graphql' &&
        (response.request().postDataJSON() as { operationName?: string } | null)?.operationName === 'MyJobs',
    );
    const requests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql')
        requests.push((request.postDataJSON() as { operationName?: string } | null)?.operationName ?? '?');
    });
    await card.getByRole('link', { name: e.jobs.candidatesLink }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: fill(e.candidates.title, { title: L.title }) }),
    ).toBeVisible();
    const ranked = page.getByRole('region', { name: fill(e.candidates.ranked_other, { count: fits.length }) });
    const cards = ranked.locator(':scope > ol > li');
    await expect(cards).toHaveCount(20);
    // Nothing more is asked once the page shows (no request per candidate): let anything late arrive first.
    await page.waitForTimeout(1000);
    expect(requests).toEqual(['JobCandidates']);
    test.info().annotations.push({ type: 'GraphQL requests for 20 candidates', description: String(requests.length) });

    // Every candidate of the page in the same way; the first looked at closely.
    const title = (await cards.first().getByRole('heading', { level: 3 }).textContent()) ?? '';
    const asked = fits.find((c) => title.endsWith(` ${c.pseudonym}`));
    expect(asked, `a candidate of this file is first: ${title}`).toBeDefined();
    const first = cards.filter({ hasText: asked?.pseudonym ?? '?' });
    // The score and its four parts as numbers in words (the bars beside them are for the eye only).
    const number = (template: string, key: string) =>
      new RegExp(`^${escapeRegExp(template).replace(escapeRegExp(`{{${key}}}`), '\\d+')}$`);
    await expect(first.getByText(number(e.candidates.score, 'score'))).toHaveCount(1);
    await expect(first.getByText(number(L.shared.score.partValue, 'value'))).toHaveCount(4);
    for (const part of Object.values(L.shared.score.part))
      await expect(first.getByText(part, { exact: true })).toBeVisible();
    await expect(first.getByRole('heading', { name: e.candidates.reasons })).toBeVisible();
    await expect(first.getByText(L.sameMunicipality)).toBeVisible();
    await expect(
      first.getByText(fill(e.candidates.carveOut, { tasks: 'Tavaroiden kantaminen varastoon' })),
    ).toBeVisible();
    await expect(first.getByRole('heading', { name: e.candidates.availability })).toBeVisible();
    const near = page.getByRole('region', { name: fill(e.candidates.nearMisses_other, { count: 2 }) });
    await expect(near.locator(':scope > ul > li')).toHaveCount(nearMisses.length);
    await expect(near.getByText(e.candidates.blocker.REQUIRED_ACCOMMODATION_MISSING)).toHaveCount(2);
    await checkState(page, `employer-candidates-${language}`);

    // Ask for an introduction to the first, with a message.
    await first.getByRole('button', { name: e.candidates.ask }).click();
    await first.getByRole('textbox', { name: e.candidates.message }).fill('Voisimmeko tavata ensi viikolla?');
    await checkState(page, `employer-candidates-asking-${language}`, { screenshot: false });
    await first.getByRole('button', { name: e.candidates.send }).click();
    await expect(first.getByText(e.proposals.status.AWAITING_COORDINATOR)).toBeVisible();
    await expect(first.getByRole('button', { name: e.candidates.ask })).toHaveCount(0);

    // The coordinator accepts the request and proposes someone else, through the API.
    const waiting = await web.stack.ok<{ proposals: { edges: { node: { id: string; job: { id: string } } }[] } }>(
      'query { proposals(status: AWAITING_COORDINATOR, first: 100) { edges { node { id job { id } } } } }',
      {},
      { token: coordinator.token },
    );
    const request = waiting.proposals.edges.find((edge) => edge.node.job.id === jobId);
    expect(request).toBeDefined();
    await web.stack.ok(
      'mutation($id: ID!) { respondToProposal(id: $id, accept: true) { id } }',
      { id: request?.node.id },
      { token: coordinator.token },
    );
    const other = fits.find((c) => c !== asked);
    await proposeCandidate(web.stack, coordinator.token, jobId, other?.profileId ?? '');

    // My jobs says what waits: a proposal to answer, a request answered.
    await page.getByRole('link', { name: e.nav.jobs }).first().click();
    await expect(card.getByText(fill(e.jobs.waiting.toAnswer_one, { count: 1 }))).toBeVisible();
    await expect(card.getByText(fill(e.jobs.waiting.answered_one, { count: 1 }))).toBeVisible();
    await checkState(page, `employer-my-jobs-waiting-${language}`);

    // Proposals: decline the coordinator's with a reason, then record the hire of the accepted one.
    await card.getByRole('link', { name: fill(e.jobs.waiting.toAnswer_one, { count: 1 }) }).click();
    await expect(page.getByRole('heading', { level: 1, name: e.proposals.title })).toBeVisible();
    const toAnswer = page.getByRole('region', { name: e.proposals.group.toAnswer });
    const going = page.getByRole('region', { name: e.proposals.group.going });
    await expect(toAnswer.getByText(other?.pseudonym ?? '?')).toBeVisible();
    await expect(going.getByText(asked?.pseudonym ?? '?')).toBeVisible();
    await expect(going.getByText(e.proposals.status.ACCEPTED, { exact: true })).toBeVisible();
    await checkState(page, `employer-proposals-${language}`);
    await toAnswer.getByRole('button', { name: e.proposals.decline }).click();
    await toAnswer.getByRole('combobox', { name: e.proposals.reason }).selectOption('HOURS_NOT_SUITABLE');
    await toAnswer.getByRole('textbox', { name: e.proposals.note }).fill('Tarvitsemme ihmisen myös iltaisin.');
    await checkState(page, `employer-proposals-declining-${language}`, { screenshot: false });
    await toAnswer.getByRole('button', { name: e.proposals.sendDecline }).click();
    const done = page.getByRole('region', { name: e.proposals.group.done });
    await expect(done.getByText(e.proposals.status.DECLINED, { exact: true })).toBeVisible();
    await expect(done.getByText(e.proposals.declineReason.HOURS_NOT_SUITABLE)).toBeVisible();

    await going.getByRole('button', { name: e.proposals.outcome.HIRED, exact: true }).click();
    await expect(done.getByText(e.proposals.status.HIRED, { exact: true })).toBeVisible();
    await expect(done.getByText(e.proposals.jobFilled).first()).toBeVisible();
    if (asked) placed.add(asked.profileId);
    await checkState(page, `employer-proposals-hired-${language}`);

    // The job shows as filled.
    await page.getByRole('link', { name: e.nav.jobs }).first().click();
    const filled = page.getByRole('region', { name: e.jobs.group.FILLED });
    await expect(filled.getByRole('link', { name: L.title })).toBeVisible();
    await checkState(page, `employer-my-jobs-filled-${language}`);

    // Sign out, and in again with the account just made.
    await page.getByRole('link', { name: L.common.app.signOut }).first().click();
    await expect(
      page.getByRole('heading', { level: 1, name: fill(L.common.landing.title, { service: 'Jobcenter' }) }),
    ).toBeVisible();
    await page.goto('/sign-in');
    const emailField = page.getByRole('textbox', { name: L.common.signIn.email });
    const passwordField = page.locator('input[type="password"]');
    const submit = page.getByRole('button', { name: L.common.signIn.submit, exact: true });
    // Nothing typed: each empty field says so, the first takes focus, and nothing is sent.
    await submit.click();
    await expect(emailField).toHaveAccessibleDescription(L.common.signIn.emailRequired);
    await expect(passwordField).toHaveAccessibleDescription(L.common.signIn.passwordRequired);
    await expect(emailField).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: L.common.signIn.title })).toBeVisible();
    await checkState(page, `sign-in-missing-${language}`);
    // The email alone: only the password is missing now.
    await emailField.fill(email);
    await submit.click();
    await expect(passwordField).toBeFocused();
    await expect(passwordField).toHaveAccessibleDescription(L.common.signIn.passwordRequired);
    await expect(emailField).not.toHaveAccessibleDescription(L.common.signIn.emailRequired);
    await passwordField.fill(PASSWORD);
    await submit.click();
    await expect(page.getByRole('heading', { level: 1, name: e.jobs.title })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
  });
}

for (const language of ['fi', 'sv'] as const) {
  const L = LANGUAGES[language];
  const e = L.e;

  test(`every problem of the job editor is said at its field in ${L.label}, and the sign-up's refusals`, async ({
    page,
    web,
  }) => {
    const account = await employerAccount(web.stack, language, `Siivous Oy ${L.api}`);

    // Sign-up with an email that already has an account: the same answer as for a free one (the address's owner
    // gets a mail saying someone tried), so the page tells nobody which addresses have accounts.
    await page.goto('/');
    await page.getByRole('button', { name: L.label, exact: true }).click();
    await page.goto('/employer/sign-up');
    await page.getByRole('textbox', { name: e.signUp.organisationName }).fill(`Toinen Siivous ${L.api}`);
    await page.getByRole('textbox', { name: e.signUp.businessId }).fill(businessId());
    await page.getByRole('textbox', { name: e.signUp.municipality }).fill(L.otherLanguageName);
    await page.getByRole('textbox', { name: e.signUp.email }).fill(account.email);
    await page.locator('#sign-up-password').fill(PASSWORD);
    await page.getByRole('button', { name: e.signUp.submit }).click();
    await expect(page.getByRole('heading', { level: 1, name: e.signUp.checkMail.title })).toBeVisible();
    await web.stack.mail.waitForMail(account.email);
    await checkState(page, `employer-sign-up-check-mail-${language}`);

    // Everything left empty is said at once, each at its field.
    await signIn(page, account.email);
    await page.goto('/employer/jobs/new');
    await expect(page.getByRole('heading', { level: 1, name: e.editor.newTitle })).toBeVisible();
    await page.getByRole('button', { name: e.editor.saveDraft }).click();
    await expect(page.getByText(fill(e.editor.problems_other, { count: 7 }))).toBeVisible();
    await expectProblemAt(page.locator('#job-title'), e.editor.reason.title.REQUIRED);
    await expectProblemAt(page.locator('#job-description'), e.editor.reason.description.REQUIRED);
    await expectProblemAt(page.locator('#job-municipalityCode'), e.editor.reason.municipalityCode.REQUIRED);
    await expectProblemAt(page.locator('#job-hoursPerWeekMin'), e.editor.reason.REQUIRED);
    await expectProblemAt(page.locator('#job-hoursPerWeekMax'), e.editor.reason.REQUIRED);
    await expect(page.locator('#job-schedule')).toHaveAccessibleDescription(
      new RegExp(escapeRegExp(e.editor.reason.schedule.TOO_FEW)),
    );
    await expect(page.getByRole('button', { name: e.editor.addTask })).toHaveAccessibleDescription(
      new RegExp(escapeRegExp(e.editor.reason.tasks.TOO_FEW)),
    );
    await checkState(page, `employer-job-editor-problems-${language}`);

    // What only the API knows: its limits, at the fields, in this language.
    await page.locator('#job-title').fill('Toimistosiivooja '.repeat(13));
    await page.locator('#job-description').fill('Toimiston siivous iltaisin.');
    await page.locator('#job-municipalityCode').fill(L.otherLanguageName);
    await page.locator('#job-hoursPerWeekMin').fill('50');
    await page.locator('#job-hoursPerWeekMax').fill('10');
    await page.locator('#job-positions').fill('0');
    await page.locator('#job-hourlyWage').fill('12,555');
    await page.getByRole('button', { name: L.shared.schedule.add }).click();
    await page.getByRole('button', { name: e.editor.addTask }).click();
    await page.locator('#task-0-type').selectOption('dishwashing');
    await page.locator('#task-0-description').fill('Imurointi ja pintojen pyyhintä');
    await page.getByRole('button', { name: e.editor.saveDraft }).click();
    await expectProblemAt(page.locator('#job-title'), e.editor.reason.title.LENGTH_OUT_OF_RANGE);
    await expectProblemAt(page.locator('#job-hoursPerWeekMin'), e.editor.reason.hoursPerWeekMin.TOO_LARGE);
    await expectProblemAt(page.locator('#job-positions'), e.editor.reason.positions.TOO_SMALL);
    await expectProblemAt(page.locator('#job-hourlyWage'), e.editor.reason.hourlyWage.TOO_MANY_DECIMALS);
    await expect(page.locator('#job-title')).toHaveValue('Toimistosiivooja '.repeat(13));
    await checkState(page, `employer-job-editor-api-problems-${language}`);

    // Then the rules across fields: more minimum hours than maximum, and than the times give.
    await page.locator('#job-title').fill('Toimistosiivooja');
    await page.locator('#job-hoursPerWeekMin').fill('20');
    await page.locator('#job-positions').fill('1');
    await page.locator('#job-hourlyWage').fill('12,50');
    await page.getByRole('button', { name: e.editor.saveDraft }).click();
    await expectProblemAt(page.locator('#job-hoursPerWeekMin'), e.editor.reason.hoursPerWeekMin.MIN_ABOVE_MAX);
    await expect(page.locator('#job-schedule')).toHaveAccessibleDescription(
      new RegExp(escapeRegExp(e.editor.reason.schedule.INCONSISTENT)),
    );
    await expect(page.locator('#job-title')).not.toHaveAttribute('aria-invalid', 'true');

    // Put right, it saves as a draft.
    await page.locator('#job-hoursPerWeekMin').fill('8');
    await page.getByRole('button', { name: L.shared.schedule.add }).click();
    await page.getByRole('button', { name: e.editor.saveDraft }).click();
    await expect(page.getByText(e.editor.notice.savedBody)).toBeVisible();
    await expect(page.locator('p.status')).toHaveText(e.jobs.status.DRAFT);
  });
}

test('a stale version is explained and the typing kept; reload, or save over it; close unfilled', async ({
  page,
  web,
}) => {
  const e = fiEmployer;
  const account = await employerAccount(web.stack, 'fi', 'Kahvila Vanha');
  const job = await createJob(web.stack, account.token, matchedJobInput({ title: 'Kahvilan apulainen' }));
  await publishJob(web.stack, account.token, job.id);
  const savedElsewhere = async (title: string) => {
    const { job: current } = await web.stack.ok<{ job: { version: number } }>(
      'query($id: ID!) { job(id: $id) { version } }',
      { id: job.id },
      { token: account.token },
    );
    await web.stack.ok(
      'mutation($id: ID!, $v: Int, $input: JobInput!) { updateJob(id: $id, expectedVersion: $v, input: $input) { id } }',
      { id: job.id, v: current.version, input: matchedJobInput({ title }) },
      { token: account.token },
    );
  };

  await signIn(page, account.email);
  await page.goto(`/employer/jobs/${job.id}`);
  const title = page.locator('#job-title');
  await expect(title).toHaveValue('Kahvilan apulainen');
  await expect(page.getByText(e.editor.publishedNote)).toBeVisible();
  await title.fill('Kahvilan apulainen aamuisin');
  await page.locator('#job-description').fill('Kirjoitettu tällä sivulla.');
  await savedElsewhere('Toisen tallentama');
  await page.getByRole('button', { name: e.editor.save }).click();
  await expect(page.getByText(e.editor.stale.title)).toBeVisible();
  await expect(title).toHaveValue('Kahvilan apulainen aamuisin');
  await expect(page.locator('#job-description')).toHaveValue('Kirjoitettu tällä sivulla.');
  await checkState(page, 'employer-job-editor-stale-fi');

  // Reloading takes the other version.
  await page.getByRole('button', { name: e.editor.stale.reload }).click();
  await expect(title).toHaveValue('Toisen tallentama');
  await expect(page.getByText(e.editor.stale.title)).toHaveCount(0);

  // Again, and this time the employer's own version wins.
  await title.fill('Kahvilan apulainen aamuisin');
  await savedElsewhere('Kolmas versio');
  await page.getByRole('button', { name: e.editor.save }).click();
  await expect(page.getByText(e.editor.stale.title)).toBeVisible();
  await page.getByRole('button', { name: e.editor.stale.overwrite }).click();
  await expect(page.getByText(e.editor.notice.rescored)).toBeVisible();
  const { job: saved } = await web.stack.ok<{ job: { title: string } }>(
    'query($id: ID!) { job(id: $id) { title } }',
    { id: job.id },
    { token: account.token },
  );
  expect(saved.title).toBe('Kahvilan apulainen aamuisin');
  await checkState(page, 'employer-job-editor-rescored-fi');

  // Closed without filling it: my jobs has it among the closed.
  await page.getByRole('button', { name: e.editor.closeUnfilled }).click();
  await expect(page.getByText(e.editor.notice.closedUnfilledBody)).toBeVisible();
  await page.getByRole('link', { name: e.editor.back }).click();
  await expect(
    page.getByRole('region', { name: e.jobs.group.CLOSED }).getByRole('link', { name: 'Kahvilan apulainen aamuisin' }),
  ).toBeVisible();
  await checkState(page, 'employer-my-jobs-closed-fi');
});

test("another employer's job and its candidates answer the not-found page", async ({ page, web }) => {
  const owner = await employerAccount(web.stack, 'fi', 'Omistaja Oy');
  const job = await createJob(web.stack, owner.token, matchedJobInput({ title: 'Toisen työpaikka' }));
  await publishJob(web.stack, owner.token, job.id);
  const other = await employerAccount(web.stack, 'fi', 'Utelias Oy');
  await signIn(page, other.email);
  for (const path of [`/employer/jobs/${job.id}`, `/employer/jobs/${job.id}/candidates`]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: fiCommon.notFound.title })).toBeVisible();
    await expect(page.getByText('Toisen työpaikka')).toHaveCount(0);
  }
  await checkState(page, 'employer-not-found-fi');
});
