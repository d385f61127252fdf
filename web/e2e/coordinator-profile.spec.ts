import type { Page } from '@playwright/test';
import { type Account, adminToken, createCoordinator, PASSWORD } from '../../test/factories/accounts.ts';
import { createClient, createProfile } from '../../test/factories/profiles.ts';
import type { Stack } from '../../test/utils/stack.ts';
import enCommon from '../locales/en/common.json';
import enCoordinator from '../locales/en/coordinator.json';
import enShared from '../locales/en/shared.json';
import enTaxonomy from '../locales/en/taxonomy.json';
import fiCommon from '../locales/fi/common.json';
import fiCoordinator from '../locales/fi/coordinator.json';
import fiShared from '../locales/fi/shared.json';
import fiTaxonomy from '../locales/fi/taxonomy.json';
import svCoordinator from '../locales/sv/coordinator.json';
import { checkState, expect, screenshots, test, useStack } from './support/fixtures.ts';
import { signIn } from './support/sign-in.ts';
import { tabTo } from './support/keyboard.ts';
import { escapeRegExp, fill } from './support/text.ts';

useStack();
// A step that cannot happen fails in seconds, not at the test's end.
test.use({ actionTimeout: 15_000, navigationTimeout: 15_000 });

const LANGUAGES = {
  fi: {
    api: 'FI',
    label: 'Suomi',
    c: fiCoordinator,
    common: fiCommon,
    shared: fiShared,
    taxonomy: fiTaxonomy,
    // The client's own language, in which the letter is written: here the page's own.
    clientApi: 'FI',
    letter: fiCoordinator.letter,
    shownName: 'Helsinki (Helsingfors)',
    partialName: 'Hels',
    dishwashing: 'astianp',
    english: 'Englanti',
    quiet: 'Hiljainen, meluton tila',
    breaks: 'Lisätauot tai pidemmät tauot',
  },
  en: {
    api: 'EN',
    label: 'English',
    c: enCoordinator,
    common: enCommon,
    shared: enShared,
    taxonomy: enTaxonomy,
    // A Swedish-speaking client of an English-speaking coordinator: the letter is in Swedish.
    clientApi: 'SV',
    letter: svCoordinator.letter,
    shownName: 'Helsinki (Helsingfors)',
    partialName: 'Hels',
    dishwashing: 'dish',
    english: 'English',
    quiet: 'Quiet, low-noise space',
    breaks: 'Extra or longer breaks',
  },
} as const;

/** A coordinator of a new service provider, whose pages are in `language`. */
async function coordinatorIn(stack: Stack, language: 'FI' | 'SV' | 'EN'): Promise<Account> {
  const coordinator = await createCoordinator(stack, await adminToken(stack));
  await stack.ok(
    'mutation($l: Language!) { updateMyPreferences(preferredLanguage: $l) { id } }',
    { l: language },
    { token: coordinator.token },
  );
  return coordinator;
}

/** Signs in on the sign-in page, as a person does. */
async function signInOnPage(page: Page, email: string, common: typeof enCommon): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: common.signIn.title })).toBeVisible();
  await page.getByRole('textbox', { name: common.signIn.email }).fill(email);
  await page.locator('#sign-in-password').fill(PASSWORD);
  await page.getByRole('button', { name: common.signIn.submit, exact: true }).click();
}

interface SavedProfile {
  status: string;
  version: number;
  summary: string;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  municipalityCode: string;
  maxCommuteKm: number | null;
  remoteOnly: boolean;
  languages: string[];
  availability: { day: string; start: string; end: string }[];
  abilities: { experience: number; taskType: { code: string } }[];
  restrictions: { maxLevel: number; demand: { code: string } }[];
  accommodationNeeds: { necessity: string; accommodation: { code: string } }[];
}

/** The profile as the API has it (read with the coordinator's own token, not through the page). */
async function savedProfile(stack: Stack, token: string, id: string): Promise<SavedProfile> {
  const data = await stack.ok<{ profile: SavedProfile }>(
    `query($id: ID!) { profile(id: $id) { status version summary hoursPerWeekMin hoursPerWeekMax municipalityCode
       maxCommuteKm remoteOnly languages availability { day start end } abilities { experience taskType { code } }
       restrictions { maxLevel demand { code } } accommodationNeeds { necessity accommodation { code } } } }`,
    { id },
    { token },
  );
  return data.profile;
}

for (const language of ['fi', 'en'] as const) {
  const L = LANGUAGES[language];
  const c = L.c;
  const p = c.profileEditor;

  test(`the coordinator's path in ${L.label}: a client, a profile by keyboard, activation, consent, the printed letter, search`, async ({
    page,
    web,
  }) => {
    test.setTimeout(300_000);
    const coordinator = await coordinatorIn(web.stack, L.api);
    // Another client first, so that the search has something to leave out.
    await createClient(web.stack, coordinator.token, { displayName: 'Pekka Virtanen' });
    const name = 'Aino Kivimäki-Laakso';

    await page.addInitScript((chosen) => localStorage.setItem('jobcenter.language', chosen), language);
    await page.goto('/coordinator/clients');
    await signInOnPage(page, coordinator.email, L.common);
    await expect(page.getByRole('heading', { level: 1, name: c.clients.title })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    // The header's language selector marks the page's language (HDS draws the chosen one as its active item).
    await expect(page.getByRole('button', { name: L.label, exact: true })).toHaveClass(/activeItem/);
    await expect(page.getByText(fill(c.clients.count_one, { count: 1 }))).toBeVisible();
    await checkState(page, `coordinator-clients-${language}`);

    // A new client: a missing name is said at the field, then the client is created in their own language.
    await page.getByRole('button', { name: c.newClient.submit }).click();
    const nameField = page.getByRole('textbox', { name: c.newClient.name });
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(c.newClient.nameMissing)).toBeVisible();
    await checkState(page, `coordinator-new-client-problem-${language}`, { screenshot: false });
    await nameField.fill(name);
    await page.getByRole('textbox', { name: c.newClient.email }).fill('aino.k@example.fi');
    // (HDS draws the radio button under its label: a person clicks the label.)
    await page.locator(`label[for="new-client-language-${L.clientApi}"]`).click();
    await expect(page.getByRole('radio', { name: c.language[L.clientApi] })).toBeChecked();
    await page.getByRole('button', { name: c.newClient.submit }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const clientId = /\/coordinator\/clients\/([0-9a-f-]+)$/.exec(page.url())?.[1] ?? '';
    expect(clientId).not.toBe('');
    await expect(page.getByText(c.client.noProfiles)).toBeVisible();
    await checkState(page, `coordinator-client-new-${language}`);

    // The profile editor, by keyboard alone from the client page's link to the saved draft.
    await tabTo(page, page.getByRole('link', { name: p.createLink }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: p.newTitle })).toBeVisible();
    await expect(page.getByText(p.limits.never)).toBeVisible();
    await checkState(page, `coordinator-profile-new-${language}`);

    // A kind of work found by searching, experienced.
    await tabTo(page, page.locator('#profile-ability-search'));
    await page.keyboard.type(L.dishwashing);
    await expect(page.locator('#profile-ability-found')).toHaveText(fill(p.abilities.found_one, { count: 1 }));
    await page.keyboard.press('Tab');
    await expect(page.locator('#profile-ability-type')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#profile-ability-type')).toHaveValue('dishwashing');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const experience = page.locator('#profile-ability-0-experience');
    await expect(experience).toBeFocused();
    await expect(experience).toHaveValue('1');
    await page.keyboard.press('ArrowDown');
    await expect(experience).toHaveValue('2');

    // A limit in everyday words: lifting, light things now and then at most.
    await tabTo(page, page.locator('#profile-limit-add'));
    await page.keyboard.type(L.taxonomy.demands.d4300.label);
    await expect(page.locator('#profile-limit-add')).toHaveValue('d4300');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const lifting = page.locator('#profile-limit-0');
    await expect(lifting).toBeFocused();
    await expect(lifting).toHaveAccessibleName(L.taxonomy.demands.d4300.label);
    await expect(lifting.locator('option:checked')).toHaveText(L.taxonomy.demands.d4300.steps[1]);

    // Two needs: a quiet space is a must, extra breaks would help.
    const quiet = page.getByRole('checkbox', { name: L.quiet });
    await tabTo(page, quiet);
    await page.keyboard.press('Space');
    await expect(quiet).toBeChecked();
    const breaks = page.getByRole('checkbox', { name: L.breaks });
    await tabTo(page, breaks);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    const breaksNecessity = page.locator('#profile-needs-sched-extra_breaks-necessity');
    await expect(breaksNecessity).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(breaksNecessity).toHaveValue('PREFERRED');
    await expect(page.locator('#profile-needs-env-quiet-necessity')).toHaveValue('REQUIRED');

    // Hours and two weekly times (Monday and Tuesday 9–13).
    await tabTo(page, page.locator('#profile-hoursPerWeekMin'));
    await page.keyboard.type('8');
    await tabTo(page, page.locator('#profile-hoursPerWeekMax'));
    await page.keyboard.type('16');
    for (const row of [0, 1]) {
      await tabTo(page, page.getByRole('button', { name: L.shared.schedule.add }));
      await page.keyboard.press('Enter');
      await expect(page.locator(`#profile-availability-${row}-day`)).toBeFocused();
    }
    await expect(page.locator('#profile-availability-total')).toHaveText(
      fill(L.shared.schedule.total_other, { hours: 8 }),
    );

    // Place and languages.
    await tabTo(page, page.locator('#profile-municipalityCode'));
    await page.keyboard.type(L.partialName);
    await tabTo(page, page.getByRole('button', { name: L.shownName, exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.locator('#profile-municipalityCode-chosen')).toHaveText(
      fill(L.shared.municipality.chosen, { name: L.shownName }),
    );
    await tabTo(page, page.locator('#profile-maxCommuteKm'));
    await page.keyboard.type('15');
    const english = page.getByRole('checkbox', { name: L.english, exact: true });
    await tabTo(page, english);
    await page.keyboard.press('Space');
    await expect(english).toBeChecked();

    // The summary: the client's name is caught as it is typed, before saving, and said at the field.
    const summary = page.locator('#profile-summary');
    await tabTo(page, summary);
    await page.keyboard.type('Aino on tarkka ja rauhallinen astianpesijä.');
    await expect(summary).toHaveAttribute('aria-invalid', 'true');
    await expect(summary).toHaveAccessibleDescription(new RegExp(escapeRegExp(p.privacy.NAME)));
    await checkState(page, `coordinator-profile-privacy-${language}`);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Tarkka ja rauhallinen astianpesijä, joka pitää aamuvuoroista.');
    await expect(page.getByText(p.privacy.NAME)).toHaveCount(0);
    await expect(summary).not.toHaveAttribute('aria-invalid', 'true');
    await checkState(page, `coordinator-profile-filled-${language}`);

    await tabTo(page, page.getByRole('button', { name: p.saveDraft }));
    await page.keyboard.press('Enter');
    await expect(page.getByText(p.notice.created)).toBeVisible();
    await expect(page.getByText(p.notice.body.DRAFT)).toBeVisible();
    const profileId = /\/profiles\/([0-9a-f-]+)$/.exec(page.url())?.[1] ?? '';
    expect(profileId).not.toBe('');
    await checkState(page, `coordinator-profile-draft-${language}`);

    // The status offers only the draft's moves; activating it.
    const status = page.getByRole('region', { name: p.status.title });
    await expect(status.getByRole('button')).toHaveText([p.status.to.ACTIVE, p.status.to.ARCHIVED]);
    await tabTo(page, status.getByRole('button', { name: p.status.to.ACTIVE }));
    await page.keyboard.press('Enter');
    await expect(page.getByText(fill(p.notice.moved, { status: c.profileStatus.ACTIVE }))).toBeVisible();
    await expect(status.getByRole('button')).toHaveText([p.status.to.PAUSED, p.status.to.PLACED, p.status.to.ARCHIVED]);
    await checkState(page, `coordinator-profile-active-${language}`);

    // What the API keeps is what was typed.
    const saved = await savedProfile(web.stack, coordinator.token, profileId);
    expect(saved).toMatchObject({
      status: 'ACTIVE',
      summary: 'Tarkka ja rauhallinen astianpesijä, joka pitää aamuvuoroista.',
      hoursPerWeekMin: 8,
      hoursPerWeekMax: 16,
      municipalityCode: '091',
      maxCommuteKm: 15,
      remoteOnly: false,
      languages: ['fi', 'en'],
      availability: [
        { day: 'MON', start: '09:00', end: '13:00' },
        { day: 'TUE', start: '09:00', end: '13:00' },
      ],
      abilities: [{ experience: 2, taskType: { code: 'dishwashing' } }],
      restrictions: [{ maxLevel: 1, demand: { code: 'd4300' } }],
    });
    expect(saved.accommodationNeeds).toEqual(
      expect.arrayContaining([
        { necessity: 'REQUIRED', accommodation: { code: 'env.quiet' } },
        { necessity: 'PREFERRED', accommodation: { code: 'sched.extra_breaks' } },
      ]),
    );
    expect(saved.accommodationNeeds).toHaveLength(2);

    // Consent given in person, with its history.
    await page.getByRole('link', { name: fill(p.back, { name }) }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(
      page.getByRole('link', { name: new RegExp(escapeRegExp(fill(p.editLink, { pseudonym: '' }))) }),
    ).toBeVisible();
    await page.getByRole('button', { name: c.consent.recordYes }).click();
    await expect(page.getByText(c.consent.savedYes)).toBeVisible();
    await expect(page.getByText(c.consent.nowYes)).toBeVisible();
    const history = page.getByRole('table', { name: c.consent.history });
    await expect(history.getByRole('row')).toHaveCount(2);
    await expect(history.getByRole('cell', { name: c.consent.byRole.COORDINATOR })).toBeVisible();

    // The one-time code as a letter in the client's language, printed alone on its page.
    await page.getByRole('button', { name: c.access.make }).click();
    const letter = page.getByRole('article');
    await expect(letter.getByRole('heading', { name: fill(L.letter.title, { name }) })).toBeVisible();
    await expect(letter).toHaveAttribute('lang', L.clientApi.toLowerCase());
    await expect(letter.getByText(L.letter.canConsent)).toBeVisible();
    await checkState(page, `coordinator-client-letter-${language}`);
    const code = (await letter.locator('.access-letter__code').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expect(letter.getByText(`${web.url}/client/sign-in`)).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name })).toBeHidden();
    await expect(page.getByRole('button', { name: c.access.print })).toBeHidden();
    await expect(letter).toBeVisible();
    await screenshots(page, `coordinator-letter-print-${language}`);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    // The printed code really signs the client in.
    const signedIn = await web.stack.ok<{ loginWithAccessCode: { user: { role: string } } }>(
      'mutation($code: String!) { loginWithAccessCode(code: $code) { user { role } } }',
      { code },
    );
    expect(signedIn.loginWithAccessCode.user.role).toBe('CLIENT');

    // Search by a part of the name finds this client and leaves the other out; the list shows status and consent.
    await page.goto('/coordinator/clients');
    await expect(page.getByText(fill(c.clients.count_other, { count: 2 }))).toBeVisible();
    await page.getByRole('searchbox', { name: c.clients.search }).fill('laak');
    await expect(page.getByText(fill(c.clients.found_one, { count: 1 }))).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(escapeRegExp(name)) });
    await expect(row.getByRole('cell', { name: c.profileStatus.ACTIVE })).toBeVisible();
    await expect(row.getByRole('cell', { name: c.clients.sharing })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Pekka Virtanen' })).toHaveCount(0);
    await checkState(page, `coordinator-clients-search-${language}`);
  });
}

for (const language of ['fi', 'en'] as const) {
  const L = LANGUAGES[language];
  const p = L.c.profileEditor;

  test(`a half-filled draft in ${L.label} is saved, says what is still missing, and is not activated until complete`, async ({
    page,
    web,
  }) => {
    test.setTimeout(180_000);
    const coordinator = await coordinatorIn(web.stack, L.api);
    const client = await createClient(web.stack, coordinator.token, { displayName: 'Kaisa Keskeneräinen' });
    await page.addInitScript((chosen) => localStorage.setItem('jobcenter.language', chosen), language);
    await signIn(page, coordinator.email);
    await page.goto(`/coordinator/clients/${client.id}/profiles/new`);
    await expect(page.getByRole('heading', { level: 1, name: p.newTitle })).toBeVisible();
    const missing = page.getByRole('region', { name: p.missing.title });
    const missingNames = (fields: (keyof typeof p.field)[]) => fields.map((field) => p.field[field]);
    await expect(missing.getByRole('link')).toHaveText(
      missingNames(['summary', 'hoursPerWeekMin', 'hoursPerWeekMax', 'availability', 'municipalityCode']),
    );

    // Only the least hours and a few words: saved as a draft all the same.
    await page.locator('#profile-hoursPerWeekMin').fill('6');
    await page.locator('#profile-summary').fill('Rauhallinen ja huolellinen, pitää aamuista.');
    await page.getByRole('button', { name: p.saveDraft }).click();
    await expect(page.getByText(p.notice.created)).toBeVisible();
    const profileId = /\/profiles\/([0-9a-f-]+)$/.exec(page.url())?.[1] ?? '';
    expect(profileId).not.toBe('');
    await expect(missing.getByRole('link')).toHaveText(
      missingNames(['hoursPerWeekMax', 'availability', 'municipalityCode']),
    );
    // Empty fields stay empty when the draft is loaded again (not 0).
    await page.reload();
    await expect(page.locator('#profile-hoursPerWeekMin')).toHaveValue('6');
    await expect(page.locator('#profile-hoursPerWeekMax')).toHaveValue('');
    await expect(page.locator('#profile-municipalityCode')).toHaveValue('');
    await expect(missing.getByRole('link')).toHaveCount(3);
    await checkState(page, `coordinator-profile-half-draft-${language}`);

    // Each missing field is a link to that field.
    await missing.getByRole('link', { name: p.field.municipalityCode }).click();
    await expect(page).toHaveURL(/#profile-municipalityCode$/);
    await expect(page.locator('#profile-municipalityCode')).toBeInViewport();

    // Activation is refused, and the API's reasons are said at the fields; no earlier "saved" notice stays.
    await page.getByRole('button', { name: p.saveDraft }).click();
    await expect(page.getByText(p.notice.saved)).toBeVisible();
    const status = page.getByRole('region', { name: p.status.title });
    await status.getByRole('button', { name: p.status.to.ACTIVE }).click();
    await expect(page.getByText(fill(p.problems_other, { count: 3 }))).toBeVisible();
    await expect(page.getByText(p.notice.saved)).toHaveCount(0);
    await expect(page.locator('#profile-hoursPerWeekMax')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#profile-hoursPerWeekMax')).toHaveAccessibleDescription(
      new RegExp(escapeRegExp(p.reason.REQUIRED)),
    );
    await expect(page.getByText(p.reason.municipalityCode.REQUIRED).first()).toBeVisible();
    await expect(page.getByText(p.reason.availability.REQUIRED).first()).toBeVisible();
    expect((await savedProfile(web.stack, coordinator.token, profileId)).status).toBe('DRAFT');
    await checkState(page, `coordinator-profile-activation-refused-${language}`);

    // Completed, it is activated.
    await page.locator('#profile-hoursPerWeekMax').fill('12');
    await page.getByRole('button', { name: L.shared.schedule.add }).click();
    await page.getByRole('button', { name: L.shared.schedule.add }).click();
    await page.locator('#profile-municipalityCode').fill('Espoo');
    await status.getByRole('button', { name: p.status.to.ACTIVE }).click();
    await expect(page.getByText(fill(p.notice.moved, { status: L.c.profileStatus.ACTIVE }))).toBeVisible();
    await expect(missing).toHaveCount(0);
    expect(await savedProfile(web.stack, coordinator.token, profileId)).toMatchObject({
      status: 'ACTIVE',
      hoursPerWeekMin: 6,
      hoursPerWeekMax: 12,
      municipalityCode: '049',
    });
  });
}

test('a session that ends while the profile form is half filled keeps the typed content after signing in again', async ({
  page,
  web,
}) => {
  test.setTimeout(180_000);
  const L = LANGUAGES.en;
  const p = L.c.profileEditor;
  const coordinator = await coordinatorIn(web.stack, 'EN');
  const client = await createClient(web.stack, coordinator.token, { displayName: 'Ville Vaitonen' });
  await page.addInitScript(() => localStorage.setItem('jobcenter.language', 'en'));
  // The page's clock is the test's, so that half an hour of no requests passes in a moment.
  await page.clock.install();
  await signIn(page, coordinator.email);
  await page.goto(`/coordinator/clients/${client.id}/profiles/new`);
  await expect(page.getByRole('heading', { level: 1, name: p.newTitle })).toBeVisible();

  // Half a profile: hours, a limit, a few words of the summary.
  await page.locator('#profile-hoursPerWeekMin').fill('10');
  await page.locator('#profile-limit-add').selectOption('d4300');
  await page.getByRole('button', { name: p.limits.addButton }).click();
  await page.locator('#profile-limit-0').selectOption('0');
  await page.locator('#profile-summary').fill('Huolellinen ja täsmällinen, tekee mielellään');

  // The session ends on the server (as the idle limit ends it), and the page, past its idle limit, says so.
  await web.stack.ok('mutation { logoutEverywhere }', {}, { token: coordinator.token });
  await page.clock.fastForward('31:00');
  await expect(page.getByRole('heading', { level: 1, name: L.common.sessionEnded.title })).toBeVisible();
  await checkState(page, 'coordinator-profile-session-ended', { screenshot: false });
  await page.clock.setSystemTime(new Date());

  // Signing in again leads back to the form, with everything typed in it.
  await page.getByRole('link', { name: L.common.sessionEnded.signIn }).click();
  await signInOnPage(page, coordinator.email, L.common);
  await expect(page.getByRole('heading', { level: 1, name: p.newTitle })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/coordinator/clients/${client.id}/profiles/new$`));
  await expect(page.getByText(p.restored.title)).toBeVisible();
  await expect(page.locator('#profile-hoursPerWeekMin')).toHaveValue('10');
  await expect(page.locator('#profile-limit-0')).toHaveValue('0');
  await expect(page.locator('#profile-summary')).toHaveValue('Huolellinen ja täsmällinen, tekee mielellään');
  await checkState(page, 'coordinator-profile-restored');

  // It is finished and saved as if nothing had happened.
  await page.locator('#profile-hoursPerWeekMax').fill('20');
  await page.getByRole('button', { name: L.shared.schedule.add }).click();
  await page.getByRole('button', { name: L.shared.schedule.add }).click();
  await page.getByRole('button', { name: L.shared.schedule.add }).click();
  await page.locator('#profile-municipalityCode').fill('Espoo');
  await page.locator('#profile-summary').fill('Huolellinen ja täsmällinen, tekee mielellään aamuisin.');
  await page.getByRole('button', { name: p.saveDraft }).click();
  await expect(page.getByText(p.notice.created)).toBeVisible();
  const profileId = /\/profiles\/([0-9a-f-]+)$/.exec(page.url())?.[1] ?? '';
  const token = (
    await web.stack.ok<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: coordinator.email, p: PASSWORD },
    )
  ).login.token;
  const saved = await savedProfile(web.stack, token, profileId);
  expect(saved).toMatchObject({
    summary: 'Huolellinen ja täsmällinen, tekee mielellään aamuisin.',
    hoursPerWeekMin: 10,
    hoursPerWeekMax: 20,
    municipalityCode: '049',
    restrictions: [{ maxLevel: 0, demand: { code: 'd4300' } }],
  });
});

test('a save that another person overtook keeps the typing and can be saved over theirs', async ({ page, web }) => {
  test.setTimeout(120_000);
  const p = LANGUAGES.en.c.profileEditor;
  const coordinator = await coordinatorIn(web.stack, 'EN');
  const client = await createClient(web.stack, coordinator.token);
  const profile = await createProfile(web.stack, coordinator.token, client.id);
  await signIn(page, coordinator.email);
  await page.goto(`/coordinator/clients/${client.id}/profiles/${profile.id}`);
  await expect(
    page.getByRole('heading', { level: 1, name: fill(p.editTitle, { pseudonym: profile.pseudonym }) }),
  ).toBeVisible();

  // A colleague saves first (through the API); the page still holds the version it loaded.
  await web.stack.ok(
    'mutation($id: ID!) { setProfileStatus(id: $id, status: ACTIVE) { version } }',
    { id: profile.id },
    { token: coordinator.token },
  );
  await page.locator('#profile-summary').fill('Oma versioni kuvauksesta, joka jää talteen.');
  await page.getByRole('button', { name: p.saveDraft }).click();
  await expect(page.getByText(p.stale.title)).toBeVisible();
  await expect(page.locator('#profile-summary')).toHaveValue('Oma versioni kuvauksesta, joka jää talteen.');
  await checkState(page, 'coordinator-profile-stale');
  await page.getByRole('button', { name: p.stale.overwrite }).click();
  await expect(page.getByText(p.notice.saved)).toBeVisible();
  const saved = await savedProfile(web.stack, coordinator.token, profile.id);
  expect(saved).toMatchObject({ summary: 'Oma versioni kuvauksesta, joka jää talteen.', status: 'ACTIVE', version: 3 });
});

test('a coordinator of another provider cannot open the client or the profile by URL', async ({ page, web }) => {
  const common = LANGUAGES.en.common;
  const owner = await coordinatorIn(web.stack, 'EN');
  const client = await createClient(web.stack, owner.token);
  const profile = await createProfile(web.stack, owner.token, client.id);
  const other = await coordinatorIn(web.stack, 'EN');
  await signIn(page, other.email);
  for (const path of [
    `/coordinator/clients/${client.id}`,
    `/coordinator/clients/${client.id}/profiles/new`,
    `/coordinator/clients/${client.id}/profiles/${profile.id}`,
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: common.notFound.title })).toBeVisible();
    await expect(page.getByText(profile.pseudonym)).toHaveCount(0);
  }
  await checkState(page, 'coordinator-profile-not-found', { screenshot: false });
  // Their own client's address with the other provider's profile in it is not found either.
  const own = await createClient(web.stack, other.token);
  await page.goto(`/coordinator/clients/${own.id}/profiles/${profile.id}`);
  await expect(page.getByRole('heading', { level: 1, name: common.notFound.title })).toBeVisible();
});
