import type { Page } from '@playwright/test';
import enClient from '../locales/en/client.json';
import enCoordinator from '../locales/en/coordinator.json';
import fiClient from '../locales/fi/client.json';
import fiCommon from '../locales/fi/common.json';
import fiCoordinator from '../locales/fi/coordinator.json';
import { adminToken, createCoordinator, signUpEmployer } from '../../test/factories/accounts.ts';
import { createJob, publishJob } from '../../test/factories/jobs.ts';
import { scored } from '../../test/factories/matching.ts';
import { createClient, createProfile, recordConsent, setProfileStatus } from '../../test/factories/profiles.ts';
import { matchedJobInput } from '../../test/factories/world.ts';
import { eventually, type Stack } from '../../test/utils/stack.ts';
import { checkState, expect, test, useStack } from './support/fixtures.ts';
import { signIn } from './support/sign-in.ts';
import { escapeRegExp, fill } from './support/text.ts';

useStack();

const LANGUAGES = [
  {
    lang: 'fi',
    api: 'FI',
    label: 'Suomi',
    client: fiClient,
    w: fiCoordinator.work,
    name: 'Aune Kivimäki',
    fits: 'Astianpesijä henkilöstöravintolaan',
    near: 'Astianpesijä vilkkaaseen kahvilaan',
  },
  {
    lang: 'en',
    api: 'EN',
    label: 'English',
    client: enClient,
    w: enCoordinator.work,
    name: 'Aune Kivimaa',
    fits: 'Dishwasher for a staff canteen',
    near: 'Dishwasher for a busy café',
  },
] as const;

/**
 * The world of one language: a coordinator (in that language) with a client whose consented ACTIVE profile
 * matches one published job with a carve-out (clearing tables left out) and nearly matches another (which lacks
 * the quiet space the client needs); an employer; a coordinator of another service provider.
 */
async function placementWorld(stack: Stack, language: (typeof LANGUAGES)[number]) {
  const admin = await adminToken(stack);
  const [employer, coordinator, stranger] = await Promise.all([
    signUpEmployer(stack, `Ravintola Lautanen ${language.api}`),
    createCoordinator(stack, admin),
    createCoordinator(stack, admin),
  ]);
  await stack.ok(
    'mutation($l: Language!) { updateMyPreferences(preferredLanguage: $l) { id } }',
    { l: language.api },
    {
      token: coordinator.token,
    },
  );
  const client = await createClient(stack, coordinator.token, {
    displayName: language.name,
    preferredLanguage: language.api,
  });
  await recordConsent(stack, coordinator.token, client.id, true);
  const profile = await createProfile(stack, coordinator.token, client.id);
  await setProfileStatus(stack, coordinator.token, profile.id, 'ACTIVE');
  const fits = await createJob(stack, employer.token, matchedJobInput({ title: language.fits }));
  const near = await createJob(
    stack,
    employer.token,
    matchedJobInput({ title: language.near, accommodationCodes: ['sched.flex_start', 'sup.instructor_onsite'] }),
  );
  await publishJob(stack, employer.token, fits.id);
  await publishJob(stack, employer.token, near.id);
  await scored(stack, coordinator.token, 'profile', profile.id);
  await eventually(
    async () => {
      const data = await stack.ok<{
        profile: { matches: { edges: { node: { feasible: boolean; job: { id: string } } }[] } };
      }>(
        'query($id: ID!) { profile(id: $id) { matches(first: 20, feasibleOnly: false) { edges { node { feasible job { id } } } } } }',
        { id: profile.id },
        { token: coordinator.token },
      );
      const nodes = data.profile.matches.edges.map((edge) => edge.node);
      const found =
        nodes.some((n) => n.feasible && n.job.id === fits.id) && nodes.some((n) => !n.feasible && n.job.id === near.id);
      return found ? true : undefined;
    },
    30_000,
    'the feasible match and the near miss',
  );
  return { employer, coordinator, stranger, clientId: client.id, profileId: profile.id, pseudonym: profile.pseudonym };
}

/** The hires of the whole service provider, as the results table shows them. */
async function hiresOfProvider(page: Page, w: (typeof LANGUAGES)[number]['w']): Promise<string> {
  const row = page.getByRole('row', { name: new RegExp(`^${w.results.provider}`) });
  await expect(row).toBeVisible();
  return (await row.getByRole('cell').nth(3).textContent()) ?? '';
}

for (const language of LANGUAGES) {
  const { lang, client: c, w, name } = language;
  test(`the coordinator's placement path in ${lang}`, async ({ page, web, browser }) => {
    test.setTimeout(240_000);
    const world = await placementWorld(web.stack, language);
    await signIn(page, world.coordinator.email);

    // The results before: no hire yet.
    await page.goto('/coordinator/results');
    await expect(page.getByRole('heading', { level: 1, name: w.results.title })).toBeVisible();
    expect(await hiresOfProvider(page, w)).toBe('0');

    // The matches: the fitting job with its carve-out, the near miss with its one blocker.
    await page.goto(`/coordinator/profiles/${world.profileId}/matches`);
    await expect(page.getByRole('heading', { level: 1, name: fill(w.matches.title, { name }) })).toBeVisible();
    // Ranked among the jobs that fit (the other language's test publishes its jobs in the same database).
    const fitting = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: new RegExp(`^\\d+\\. ${escapeRegExp(language.fits)}$`) }),
    });
    await expect(fitting.getByText(w.matches.carveOutTitle)).toBeVisible();
    await expect(fitting).toContainText('Pöytien pyyhintä');
    const near = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: language.near, exact: true }) });
    await expect(near.getByText(w.blocker.REQUIRED_ACCOMMODATION_MISSING)).toBeVisible();
    await expect(near.getByRole('button')).toHaveCount(0);
    await checkState(page, `coordinator-matches-${lang}`);

    // Offer the job to the client, with a message.
    await fitting.getByRole('button', { name: w.offer.button }).click();
    await fitting.getByRole('textbox', { name: w.offer.message }).fill('Tämä voisi sopia sinulle.');
    await checkState(page, `coordinator-matches-offering-${lang}`);
    await fitting.getByRole('button', { name: w.offer.send }).click();
    await expect(fitting.getByText(w.offerStatus.OFFERED, { exact: true })).toBeVisible();
    await expect(fitting.getByRole('button', { name: w.offer.button })).toHaveCount(0);

    // The client answers in a browser of their own, with the code from the coordinator.
    const { issueClientAccessCode: code } = await web.stack.ok<{ issueClientAccessCode: string }>(
      'mutation($clientId: ID!) { issueClientAccessCode(clientId: $clientId) }',
      { clientId: world.clientId },
      { token: world.coordinator.token },
    );
    const clientContext = await browser.newContext({ baseURL: web.url });
    const clientPage = await clientContext.newPage();
    await clientPage.goto('/client/sign-in');
    // The client chooses the language of the sign-in page; once signed in, their own language applies.
    await clientPage.getByRole('button', { name: language.label, exact: true }).click();
    await expect(clientPage.locator('html')).toHaveAttribute('lang', lang);
    await clientPage.getByRole('textbox', { name: c.signIn.code }).fill(code);
    await clientPage.keyboard.press('Enter');
    await expect(clientPage.getByRole('heading', { level: 1, name: c.offers.title })).toBeVisible();
    await clientPage.getByRole('link', { name: language.fits }).click();
    await clientPage.getByRole('radio', { name: c.answer.interested }).focus();
    await clientPage.keyboard.press('Space');
    await clientPage.getByRole('textbox', { name: c.answer.comment }).fill('Aamut sopivat minulle.');
    await clientPage.getByRole('button', { name: c.answer.send }).click();
    await expect(clientPage.getByText(c.answer.savedInterested)).toBeVisible();
    await clientContext.close();

    // The start page: the answer needs attention, with a way to propose.
    await page.goto('/coordinator');
    await expect(page.getByRole('heading', { level: 1, name: w.attention.title })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: fill(w.attention.what.clientInterested, { name, job: language.fits }) }),
    ).toBeVisible();
    await expect(page.getByText('Aamut sopivat minulle.')).toBeVisible();
    await checkState(page, `coordinator-attention-${lang}`);
    await page.getByRole('link', { name: fill(w.attention.act.clientInterested, { name }) }).click();

    // The answer beside the job; propose the candidate to the employer.
    await expect(fitting.getByText(w.offerStatus.INTERESTED, { exact: true })).toBeVisible();
    await expect(fitting.getByText('Aamut sopivat minulle.')).toBeVisible();
    await fitting.getByRole('button', { name: w.proposal.button }).click();
    await fitting.getByRole('textbox', { name: w.proposal.message }).fill('Rauhallinen ja täsmällinen työntekijä.');
    await fitting.getByRole('button', { name: w.proposal.send }).click();
    await expect(fitting.getByText(w.proposalStatus.AWAITING_EMPLOYER, { exact: true })).toBeVisible();
    await checkState(page, `coordinator-matches-proposed-${lang}`);

    // The employer accepts through the API.
    const { proposals } = await web.stack.ok<{ proposals: { edges: { node: { id: string } }[] } }>(
      '{ proposals(first: 10) { edges { node { id } } } }',
      {},
      { token: world.employer.token },
    );
    expect(proposals.edges).toHaveLength(1);
    await web.stack.ok(
      'mutation($id: ID!) { respondToProposal(id: $id, accept: true) { id } }',
      { id: proposals.edges[0].node.id },
      { token: world.employer.token },
    );

    // The proposals page: agreed; record the hire.
    await page.getByRole('link', { name: w.nav.proposals }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: w.proposals.title })).toBeVisible();
    const going = page.getByRole('region', { name: w.proposals.group.going });
    await expect(going.getByText(w.proposalStatus.ACCEPTED, { exact: true })).toBeVisible();
    await checkState(page, `coordinator-proposals-${lang}`);
    await going.getByRole('button', { name: w.outcome.HIRED }).click();
    const done = page.getByRole('region', { name: w.proposals.group.done });
    await expect(done.getByText(w.proposalStatus.HIRED, { exact: true })).toBeVisible();
    await checkState(page, `coordinator-proposals-hired-${lang}`);

    // The results: one more hire, in the table and the CSV.
    await page.goto('/coordinator/results');
    expect(await hiresOfProvider(page, w)).toBe('1');
    await expect(
      page.getByRole('row', { name: new RegExp(`^${world.coordinator.email.replace(/[.]/g, '\\.')}`) }),
    ).toBeVisible();
    await expect(page.getByRole('img', { name: w.results.chartCaption })).toHaveAccessibleDescription(
      new RegExp(
        fill(w.results.rowSummary, { who: w.results.provider, proposals: 1, accepted: 1, trials: 0, hires: 1 }).replace(
          /[.]/g,
          '\\.',
        ),
      ),
    );
    const href = (await page.getByRole('link', { name: w.results.download }).getAttribute('href')) ?? '';
    const csv = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ''));
    expect(csv).toContain(`${w.results.provider},1,1,0,1,1.0000,`);
    await checkState(page, `coordinator-results-${lang}`);
    // On a phone each row is a card: the row's name on one line across it, its figures below, nothing broken
    // letter by letter in a narrow column.
    const wide = page.viewportSize();
    await page.setViewportSize({ width: 375, height: 800 });
    const rowHeader = await page.getByRole('rowheader', { name: w.results.provider, exact: true }).boundingBox();
    expect(rowHeader?.width).toBeGreaterThan(250);
    expect(rowHeader?.height).toBeLessThan(60);
    expect(await hiresOfProvider(page, w)).toBe('1');
    if (wide) await page.setViewportSize(wide);
    // A period that ends before it starts is refused at the fields.
    await page.getByLabel(w.results.from, { exact: true }).fill('2026-12-31');
    await page.getByLabel(w.results.to, { exact: true }).fill('2026-01-01');
    await page.getByRole('button', { name: w.results.show }).click();
    await expect(page.getByText(w.results.periodInvalid)).toBeVisible();
    await expect(page.getByLabel(w.results.from, { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await checkState(page, `coordinator-results-invalid-${lang}`, { screenshot: false });

    // A coordinator of another service provider gets the not-found page for each of these by URL.
    const strangerContext = await browser.newContext({ baseURL: web.url });
    const strangerPage = await strangerContext.newPage();
    await signIn(strangerPage, world.stranger.email);
    for (const path of [
      `/coordinator/profiles/${world.profileId}/matches`,
      `/coordinator/clients/${world.clientId}/erase`,
    ]) {
      await strangerPage.goto(path);
      // The other coordinator works in Finnish.
      await expect(strangerPage.getByRole('heading', { level: 1, name: fiCommon.notFound.title })).toBeVisible();
    }
    await strangerContext.close();

    // Erase the client through the confirmation.
    await page.goto(`/coordinator/clients/${world.clientId}`);
    await page.getByRole('link', { name: w.clientLinks.erase }).click();
    await expect(page.getByRole('heading', { level: 1, name: fill(w.erase.title, { name }) })).toBeVisible();
    await expect(page.getByText(fill(w.erase.goesProfiles_one, { count: 1 }), { exact: false })).toBeVisible();
    await expect(page.getByText(w.erase.staysCounts)).toBeVisible();
    await checkState(page, `coordinator-erase-${lang}`);
    await page.getByRole('button', { name: w.erase.submit }).click();
    await expect(page.getByText(w.erase.confirmMissing)).toBeVisible();
    await checkState(page, `coordinator-erase-unconfirmed-${lang}`, { screenshot: false });
    await page.getByLabel(fill(w.erase.confirm, { name })).check();
    await page.getByRole('button', { name: w.erase.submit }).click();
    await expect(page).toHaveURL(/\/coordinator\/clients$/);
    const gone = await web.stack.gql(
      'query($id: ID!) { client(id: $id) { id } }',
      { id: world.clientId },
      {
        token: world.coordinator.token,
      },
    );
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The hire stays in the results, anonymous.
    await page.goto('/coordinator/results');
    expect(await hiresOfProvider(page, w)).toBe('1');
  });
}
