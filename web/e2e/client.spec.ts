import enClient from '../locales/en/client.json';
import enCommon from '../locales/en/common.json';
import enErrors from '../locales/en/errors.json';
import fiErrors from '../locales/fi/errors.json';
import svErrors from '../locales/sv/errors.json';
import fiClient from '../locales/fi/client.json';
import fiCommon from '../locales/fi/common.json';
import svClient from '../locales/sv/client.json';
import svCommon from '../locales/sv/common.json';
import { employerSeesCandidate, offeredClient } from './support/client-world.ts';
import { checkState, expect, test, useStack } from './support/fixtures.ts';
import { eventually } from '../../test/utils/stack.ts';
import { escapeRegExp } from './support/text.ts';

useStack();

const LANGUAGES = [
  {
    lang: 'fi',
    api: 'FI',
    label: 'Suomi',
    client: fiClient,
    common: fiCommon,
    errors: fiErrors,
    title: 'Astianpesijä lounasravintolaan',
  },
  {
    lang: 'sv',
    api: 'SV',
    label: 'Svenska',
    client: svClient,
    common: svCommon,
    errors: svErrors,
    title: 'Diskare till lunchrestaurangen',
  },
  {
    lang: 'en',
    api: 'EN',
    label: 'English',
    client: enClient,
    common: enCommon,
    errors: enErrors,
    title: 'Dishwasher for a lunch café',
  },
] as const;

for (const { lang, api, label, client: c, common, errors, title } of LANGUAGES) {
  test(`the client's whole path in ${label}`, async ({ page, web }) => {
    const world = await offeredClient(web.stack, api, title);

    // Sign in with the code: the page's language is chosen first, as a person would on the landing page.
    await page.goto('/');
    await page.getByRole('button', { name: label, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.getByRole('link', { name: common.landing.client.action }).click();
    await expect(page.getByRole('heading', { level: 1, name: c.signIn.title })).toBeVisible();
    await checkState(page, `client-sign-in-${lang}`);

    // A code that is too short is caught before it is sent, at its field.
    const codeField = page.getByRole('textbox', { name: c.signIn.code });
    await codeField.fill('7K3Q-MX4P');
    await page.getByRole('button', { name: c.signIn.submit }).click();
    await expect(page.getByText(c.signIn.problem.TOO_SHORT)).toBeVisible();
    await expect(codeField).toHaveAttribute('aria-invalid', 'true');
    await checkState(page, `client-sign-in-error-${lang}`);

    // A code of the right shape that is not right: the page says so in the person's language.
    await codeField.fill('2222-3333-4444');
    await page.getByRole('button', { name: c.signIn.submit }).click();
    await expect(page.getByText(errors.accessCode.ACCESS_CODE_WRONG)).toBeVisible();
    await checkState(page, `client-sign-in-wrong-code-${lang}`);

    // Typed the forgiving way: lower case, spaces instead of dashes.
    await codeField.fill(` ${world.code.replace(/-/g, ' ').toLowerCase()} `);
    await page.getByRole('button', { name: c.signIn.submit }).click();

    // The offers.
    await expect(page.getByRole('heading', { level: 1, name: c.offers.title })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByText(c.offers.status.OFFERED)).toBeVisible();
    await checkState(page, `client-offers-${lang}`);

    // One offer: the carve-out applied (dishwashing kept, clearing tables left out), times, pay, the message.
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const tasks = page.getByRole('region', { name: c.offer.tasks, exact: true });
    await expect(tasks.getByRole('listitem')).toHaveCount(1);
    await expect(tasks).toContainText('Astioiden pesu astianpesukoneella');
    await expect(tasks).not.toContainText('Pöytien pyyhintä');
    await expect(tasks).toContainText(c.offer.tasksLeftOut);
    await expect(page.getByRole('region', { name: c.offer.pay, exact: true })).toContainText('12');
    await expect(page.getByRole('region', { name: c.offer.message, exact: true })).toContainText(
      'Tämä voisi sopia sinulle.',
    );
    await expect(page.getByRole('region', { name: c.offer.where, exact: true })).toContainText(
      lang === 'sv' ? 'Helsingfors' : 'Helsinki',
    );
    await checkState(page, `client-offer-${lang}`);

    // Sending without a choice says what is missing; then "interested" with a comment, then changed.
    await page.getByRole('button', { name: c.answer.send }).click();
    await expect(page.getByText(c.answer.choose)).toBeVisible();
    await checkState(page, `client-offer-answer-missing-${lang}`);
    // The radios by keyboard, as the HDS label covers the input for the mouse.
    await page.getByRole('radio', { name: c.answer.interested }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: c.answer.interested })).toBeChecked();
    await page.getByRole('textbox', { name: c.answer.comment }).fill('Aamut sopivat minulle.');
    await page.getByRole('button', { name: c.answer.send }).click();
    await expect(page.getByText(c.answer.savedInterested)).toBeVisible();
    await checkState(page, `client-offer-answered-${lang}`);
    await page.getByText(c.answer.notInterested, { exact: true }).click();
    await page.getByRole('button', { name: c.answer.change }).click();
    await expect(page.getByText(c.answer.savedNotInterested)).toBeVisible();
    await page.reload();
    await expect(page.getByText(c.offers.status.NOT_INTERESTED)).toBeVisible();
    await expect(page.getByRole('textbox', { name: c.answer.comment })).toHaveValue('Aamut sopivat minulle.');

    // The employer looks at the candidate: the client sees who looked.
    expect(await employerSeesCandidate(web.stack, world)).toBe(true);
    await page.getByRole('link', { name: c.nav.views }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: c.views.title })).toBeVisible();
    await expect(page.getByText(`Kahvila Kuppi ${api}`).first()).toBeVisible();
    await checkState(page, `client-views-${lang}`);

    // Consent off: the employer's view of the candidate disappears at once; then on again.
    await page.getByRole('link', { name: c.nav.consent }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: c.consent.title })).toBeVisible();
    await expect(page.getByText(c.consent.isOn)).toBeVisible();
    await checkState(page, `client-consent-on-${lang}`);
    const toggle = page.getByLabel(c.consent.switch);
    await toggle.click();
    await expect(page.getByText(c.consent.isOff)).toBeVisible();
    await eventually(
      async () => ((await employerSeesCandidate(web.stack, world)) ? undefined : true),
      10_000,
      'hidden',
    );
    await checkState(page, `client-consent-off-${lang}`);
    await toggle.click();
    await expect(page.getByText(c.consent.isOn)).toBeVisible();
    expect(await employerSeesCandidate(web.stack, world)).toBe(true);

    // The person's own choices, newest first: on and off here, after the one recorded with the job coach.
    const history = page.getByRole('region', { name: c.consent.historyTitle }).getByRole('listitem');
    await expect(history).toHaveText([
      new RegExp(escapeRegExp(c.consent.choice.CLIENT_true)),
      new RegExp(escapeRegExp(c.consent.choice.CLIENT_false)),
      new RegExp(escapeRegExp(c.consent.choice.OTHER_true)),
    ]);
    await checkState(page, `client-consent-history-${lang}`);

    // Sign out: the pages are closed again.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('link', { name: common.app.signOut }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: common.landing.title.replace('{{service}}', 'Jobcenter') }),
    ).toBeVisible();
    await page.goto('/client');
    await expect(page.getByRole('heading', { level: 1, name: c.signIn.title })).toBeVisible();
  });
}
