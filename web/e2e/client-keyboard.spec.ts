import type { Locator, Page } from '@playwright/test';
import enClient from '../locales/en/client.json';
import enCommon from '../locales/en/common.json';
import fiClient from '../locales/fi/client.json';
import { offeredClient } from './support/client-world.ts';
import { expect, expectNoAxeViolations, screenshots, test, useStack } from './support/fixtures.ts';
import { isFocused, tabTo as tabToAny, type TabOptions } from './support/keyboard.ts';

useStack();

const TITLE = 'Dishwasher for a lunch café';

/** Within 40 presses, every element on the way showing its focus. */
const tabTo = (page: Page, target: Locator, options: TabOptions = {}) =>
  tabToAny(page, target, { max: 40, focusVisible: true, ...options });

/** After a navigation, focus is on the new page's main heading. */
async function expectFocusOnHeading(page: Page, name: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name });
  await expect(heading).toBeVisible();
  await expect.poll(() => isFocused(heading), `focus on the heading "${name}"`).toBe(true);
}

test("the client's whole path by keyboard alone, with focus visible and placed sensibly", async ({ page, web }) => {
  const world = await offeredClient(web.stack, 'EN', TITLE);
  await page.addInitScript(() => localStorage.setItem('jobcenter.language', 'en'));
  await page.setViewportSize({ width: 1280, height: 900 });

  // The landing page: the skip link comes first, then the way in for clients.
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: enCommon.app.skipToContent }), { max: 1 });
  await tabTo(page, page.getByRole('link', { name: enCommon.landing.client.action }));
  await page.keyboard.press('Enter');
  await expectFocusOnHeading(page, enClient.signIn.title);

  // The code, typed; Enter sends the form.
  await tabTo(page, page.getByRole('textbox', { name: enClient.signIn.code }));
  await page.keyboard.type(world.code);
  await page.keyboard.press('Enter');
  await expectFocusOnHeading(page, enClient.offers.title);

  // One offer.
  await tabTo(page, page.getByRole('link', { name: TITLE }));
  await page.keyboard.press('Enter');
  await expectFocusOnHeading(page, TITLE);

  // Answer: the radio group by Space (and, to change the choice, its arrow keys, as radio groups work), the
  // comment typed, the button by Enter.
  const interested = page.getByRole('radio', { name: enClient.answer.interested });
  await tabTo(page, interested);
  await page.keyboard.press('Space');
  await expect(interested).toBeChecked();
  await tabTo(page, page.getByRole('textbox', { name: enClient.answer.comment }));
  await page.keyboard.type('Mornings suit me.');
  await tabTo(page, page.getByRole('button', { name: enClient.answer.send }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(enClient.answer.savedInterested)).toBeVisible();
  // Focus went to the message that says it was saved (read out), just above the form.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
    .toContain(enClient.answer.savedInterested);
  await expectNoAxeViolations(page, 'keyboard: answered');

  const notInterested = page.getByRole('radio', { name: enClient.answer.notInterested });
  await tabTo(page, interested);
  await page.keyboard.press('ArrowDown');
  await expect(notInterested).toBeChecked();
  await expect.poll(() => isFocused(notInterested)).toBe(true);
  await tabTo(page, page.getByRole('button', { name: enClient.answer.change }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(enClient.answer.savedNotInterested)).toBeVisible();

  // Consent, through the header's navigation: off with Space, and on again.
  await tabTo(page, page.getByRole('link', { name: enClient.nav.consent }).first(), { back: true, max: 60 });
  await page.keyboard.press('Enter');
  await expectFocusOnHeading(page, enClient.consent.title);
  const toggle = page.getByRole('button', { name: enClient.consent.switch });
  await tabTo(page, toggle);
  await page.keyboard.press('Space');
  await expect(page.getByText(enClient.consent.isOff)).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByText(enClient.consent.isOn)).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toBeFocused();

  // Sign out, from the header's navigation: the front page, signed out.
  await tabTo(page, page.getByRole('link', { name: enCommon.app.signOut }).first(), { back: true, max: 60 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: enCommon.landing.client.action })).toBeVisible();
  await expect(page.getByRole('link', { name: enClient.nav.consent })).toHaveCount(0);
});

test('on a phone the menu works by keyboard: Escape gives focus back to its button, sign-out from it', async ({
  page,
  web,
}) => {
  const world = await offeredClient(web.stack, 'EN', TITLE);
  await page.addInitScript(() => localStorage.setItem('jobcenter.language', 'en'));
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/client/sign-in');
  await page.getByRole('textbox', { name: enClient.signIn.code }).fill(world.code);
  await page.keyboard.press('Enter');
  await expectFocusOnHeading(page, enClient.offers.title);

  const menu = page.locator('header button[aria-controls="hds-mobile-menu"]');
  await tabTo(page, menu, { back: true, max: 60 });
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  const consentLink = page.locator('#hds-mobile-menu').getByRole('link', { name: enClient.nav.consent });
  // The menu slides in: Tab before it is shown would pass over its links.
  await expect(consentLink).toBeVisible();
  await tabTo(page, consentLink);
  await expectNoAxeViolations(page, 'keyboard: phone menu open');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();

  // Opened again at once, the menu shows its links (HDS's own Escape handling left it empty).
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(consentLink).toBeVisible();
  const signOut = page.locator('#hds-mobile-menu').getByRole('link', { name: enCommon.app.signOut });
  await expect(signOut).toBeVisible();
  await tabTo(page, signOut);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: enCommon.landing.client.action })).toBeVisible();
});

test('the pages are set in the bundled font, served from their own origin', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return {
      body: getComputedStyle(document.body).fontFamily,
      heading: getComputedStyle(document.querySelector('h1')!).fontFamily,
      button: getComputedStyle(document.querySelector('main a, main button')!).fontFamily,
      loaded: [...document.fonts]
        .filter((face) => face.status === 'loaded')
        .map((face) => `${face.family.replace(/"/g, '')} ${face.weight}`),
      regular: document.fonts.check('400 16px "Source Sans 3"'),
      bold: document.fonts.check('700 16px "Source Sans 3"'),
    };
  });
  for (const element of ['body', 'heading', 'button'] as const)
    expect(fonts[element], `${element}'s font`).toMatch(/^"?Source Sans 3"?,/);
  // Loaded, not only declared: the faces the page uses (regular text and the bold heading) are there.
  expect(fonts.loaded).toEqual(expect.arrayContaining(['Source Sans 3 400', 'Source Sans 3 700']));
  expect(fonts.regular && fonts.bold).toBe(true);
  const origin = new URL(page.url()).origin;
  const fontFiles = requests.filter((url) => /\.woff2?$/.test(url));
  expect(fontFiles.length).toBeGreaterThan(0);
  expect(fontFiles.filter((url) => !url.startsWith(`${origin}/assets/`))).toEqual([]);
  await screenshots(page, 'landing-font');
});

test("a client's pages load their own chunk and none of the employer's, the coordinator's or the explorer", async ({
  page,
  web,
}) => {
  const world = await offeredClient(web.stack, 'FI', 'Astianpesijä');
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/client/sign-in');
  await page.getByRole('textbox', { name: fiClient.signIn.code }).fill(world.code);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Astianpesijä' })).toBeVisible();
  expect(scripts.some((path) => /\/assets\/ClientRoutes-[\w-]+\.js$/.test(path))).toBe(true);
  expect(scripts.filter((path) => /EmployerRoutes|CoordinatorRoutes|explorer|monaco/.test(path))).toEqual([]);
});
