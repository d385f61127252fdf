import type { Page, Response } from '@playwright/test';
import enClient from '../locales/en/client.json';
import enCommon from '../locales/en/common.json';
import { adminToken, createCoordinator } from '../../test/factories/accounts.ts';
import { createClient } from '../../test/factories/profiles.ts';
import type { Stack } from '../../test/utils/stack.ts';
import { expect, expectNoAxeViolations, screenshots, test, useStack } from './support/fixtures.ts';

// Short limits: the idle limit is 70 s, so the page warns (a minute before the end) 10 s after the last request.
const IDLE_SECONDS = 70;
useStack({ env: { SESSION_IDLE_SECONDS: String(IDLE_SECONDS), SESSION_ABSOLUTE_SECONDS: '3600' } });

/** A new client of a new coordinator, signed in on the page with their code (the browser holds the cookie). */
async function signedInClient(page: Page, stack: Stack): Promise<{ clientId: string; coordinator: string }> {
  const coordinator = await createCoordinator(stack, await adminToken(stack));
  const client = await createClient(stack, coordinator.token, { preferredLanguage: 'EN' });
  const { issueClientAccessCode: code } = await stack.ok<{ issueClientAccessCode: string }>(
    'mutation($clientId: ID!) { issueClientAccessCode(clientId: $clientId) }',
    { clientId: client.id },
    { token: coordinator.token },
  );
  await page.goto('/client/sign-in');
  await page.getByRole('textbox', { name: enClient.signIn.code }).fill(code);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: enClient.offers.title })).toBeVisible();
  return { clientId: client.id, coordinator: coordinator.token };
}

/** `me` through the page's own origin with the browser's cookie (a JSON request, as the pages make). */
async function meByCookie(page: Page): Promise<{ preferredLanguage: string; sessionExpiresAt: string } | null> {
  const response = await page.request.post('/graphql', {
    data: { query: '{ me { preferredLanguage sessionExpiresAt } }' },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as { data?: { me: { preferredLanguage: string; sessionExpiresAt: string } } };
  return body.data?.me ?? null;
}

/** The `sessionExpiresAt` of every `me` answer the page receives, in order. */
function watchSessionEnds(page: Page): number[] {
  const ends: number[] = [];
  page.on('response', (response: Response) => {
    if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return;
    if (!/\bme\b/.test(response.request().postData() ?? '')) return;
    void response
      .json()
      .then((body: { data?: { me?: { sessionExpiresAt?: string } | null } }) => {
        const at = body.data?.me?.sessionExpiresAt;
        if (at) ends.push(Date.parse(at));
      })
      .catch(() => undefined);
  });
  return ends;
}

test('warns a minute before the idle limit, stays signed in on request, and says plainly when it ended', async ({
  page,
  web,
}) => {
  test.setTimeout(240_000);
  await page.addInitScript(() => localStorage.setItem('jobcenter.language', 'en'));
  const ends = watchSessionEnds(page);
  await signedInClient(page, web.stack);
  const heading = page.getByRole('heading', { level: 1, name: enClient.offers.title });
  await expect.poll(() => ends.length).toBeGreaterThan(0);
  const firstEnd = ends.at(-1)!;

  // The warning: a modal dialog, named by its title, with focus moved into it so that it is announced.
  const dialog = page.getByRole('dialog', { name: enCommon.idle.title });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog).toHaveAccessibleDescription(/.+/);
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await expectNoAxeViolations(page, 'idle warning');
  await screenshots(page, 'session-idle-warning');

  // "Stay signed in" asks the server again: the session's end moves on, the dialog closes, focus is back.
  const stay = dialog.getByRole('button', { name: enCommon.idle.stay });
  await stay.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  // (Read from the page's own `me` answers: a request of the test's own would renew the session behind the page.)
  await expect.poll(() => ends.at(-1)).toBeGreaterThan(firstEnd);
  await expect(heading).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');

  // Left alone, the warning comes again and then the session ends: the plain page says so, and the cookie no
  // longer opens anything.
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  const ended = page.getByRole('heading', { level: 1, name: enCommon.sessionEnded.title });
  await expect(ended).toBeVisible({ timeout: (IDLE_SECONDS + 20) * 1000 });
  await expect(page).toHaveURL(/\/session-ended$/);
  await expect(page.getByText(enCommon.sessionEnded.body)).toBeVisible();
  await expect(dialog).toBeHidden();
  expect(await meByCookie(page)).toBeNull();
  await expectNoAxeViolations(page, 'session ended');
  await screenshots(page, 'session-ended');

  // Its one action leads back to the client's code sign-in.
  await page.getByRole('link', { name: enCommon.sessionEnded.signIn }).click();
  await expect(page.getByRole('heading', { level: 1, name: enClient.signIn.title })).toBeVisible();
});
