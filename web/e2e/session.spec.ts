import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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

const SESSION_COOKIE = 'jobcenter_session';

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

/** A small site of its own on another port: the attacker's page, which posts a form to the API on load. */
async function attackerSite(forms: Record<string, string>): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    const page = forms[request.url ?? ''];
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An auto-submitting form. `text/plain` forms send `name=value`: with the name holding the start of a JSON body
 * and the value its end, the body is valid JSON ({"query":"…","x":"="}), the classic way to forge a JSON post.
 */
function autoPost(action: string, enctype: string, query: string): string {
  const fields =
    enctype === 'text/plain'
      ? `<input type="hidden" name="${escapeHtml(`{"query":${JSON.stringify(query)},"x":"`)}" value='"}'>`
      : `<input type="hidden" name="query" value="${escapeHtml(query)}">`;
  return `<!doctype html><html lang="en"><head><title>Win a prize</title></head><body>
<form id="f" method="post" action="${action}" enctype="${enctype}">${fields}</form>
<script>document.getElementById('f').submit();</script></body></html>`;
}

test('a form posted from a page of another origin changes nothing, though the browser holds a session', async ({
  page,
  web,
}) => {
  await page.addInitScript(() => localStorage.setItem('jobcenter.language', 'en'));
  await signedInClient(page, web.stack);
  const before = await meByCookie(page);
  expect(before?.preferredLanguage).toBe('EN');

  const action = `${web.stack.url}/graphql`;
  const mutations = {
    preferences: 'mutation { updateMyPreferences(preferredLanguage: SV) { id preferredLanguage } }',
    consent: 'mutation { setMyConsent(shareWithEmployers: true) { shareWithEmployers } }',
    everywhere: 'mutation { logoutEverywhere }',
  };
  const forms: Record<string, string> = {};
  for (const [name, query] of Object.entries(mutations)) {
    for (const enctype of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'])
      forms[`/${name}-${enctype.replace(/\W/g, '-')}`] = autoPost(action, enctype, query);
  }
  const { server, port } = await attackerSite(forms);
  const apiPort = new URL(web.stack.url).port;
  try {
    // Two attacker origins: another port on the API's own host (same site, other origin) and another host name
    // for this machine (another site). SameSite is about sites, not ports: from 127.0.0.1:<other port> the
    // browser DOES send the SameSite=Strict cookie with the form post, so what stops the forgery there is the
    // API's rule that a request without a JSON content type (or Apollo's preflight header) changes nothing and is
    // not authenticated by the cookie. From localhost the cookie is not sent at all.
    const origins = [
      { origin: `http://127.0.0.1:${port}`, cookieSent: true },
      { origin: `http://localhost:${port}`, cookieSent: false },
    ];
    expect(String(port)).not.toBe(apiPort);
    for (const { origin, cookieSent } of origins) {
      for (const path of Object.keys(forms)) {
        // The form's own post, a navigation (the page left behind may still have a fetch of its own on the way).
        const post = page.waitForRequest((r) => r.url() === action && r.method() === 'POST' && r.isNavigationRequest());
        await page.goto(`${origin}${path}`);
        const request = await post;
        const headers = await request.allHeaders();
        expect([path, (headers.cookie ?? '').includes(`${SESSION_COOKIE}=`)]).toEqual([path, cookieSent]);
        expect([path, headers.origin]).toEqual([path, origin]);
        const response = await request.response();
        if (!response) throw new Error(`no answer to the form of ${origin}${path}`);
        expect([origin, path, response.status() >= 400 && response.status() < 500]).toEqual([origin, path, true]);
      }
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }

  // Through the API, with the browser's cookie: the same session, the same language, consent still off.
  await page.goto('/client');
  const after = await meByCookie(page);
  expect(after?.preferredLanguage).toBe('EN');
  const consent = await page.request.post('/graphql', {
    data: { query: '{ myConsent { shareWithEmployers changedAt } }' },
    headers: { 'content-type': 'application/json' },
  });
  expect(((await consent.json()) as { data: unknown }).data).toEqual({
    myConsent: { shareWithEmployers: false, changedAt: null },
  });
  // The page itself still works (logoutEverywhere did not run).
  await expect(page.getByRole('heading', { level: 1, name: enClient.offers.title })).toBeVisible();
});
