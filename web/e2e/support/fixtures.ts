import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Stack, type StackOptions } from '../../../test/utils/stack.ts';

/** The real app for one spec file (API, worker, own database and Redis prefix); the API serves the pages. */
export interface WebStack {
  stack: Stack;
  /** Where the browser opens the pages (the API's origin, as /graphql). */
  url: string;
}

// The stack starts the API and worker from the root's build (dist/src/*.js, relative to the working directory).
process.chdir(resolve(__dirname, '../../..'));

/** The pages the global setup built, served by the API (the stack serves none unless told where they are). */
const DIST = resolve(__dirname, '../../dist');

let current: WebStack | null = null;

/**
 * Starts the stack once for the spec file that calls it (in its top level), and stops it after the file's last
 * test. Tests then get `web` and a `page` whose relative URLs go to the pages.
 */
export function useStack(options: StackOptions = {}): void {
  base.beforeAll(async () => {
    const stack = await Stack.start({ ...options, env: { WEB_DIST_DIR: DIST, ...options.env } });
    current = { stack, url: stack.url };
  });
  base.afterAll(async () => {
    const started = current;
    current = null;
    await started?.stack.stop();
  });
}

export const test = base.extend<{ web: WebStack }>({
  web: async ({}, use) => {
    if (!current) throw new Error('call useStack() at the top of the spec file');
    await use(current);
  },
  baseURL: async ({}, use) => {
    await use(current?.url);
  },
  page: async ({ page }, use) => {
    // Every page of every test: a CSP violation or a script error fails the test that caused it.
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
        problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await use(page);
    expect(problems, 'no CSP violations or script errors').toEqual([]);
  },
});

export { expect };

/** Fails with every WCAG 2.0/2.1 A and AA violation axe finds on the page in its present state. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(violations, `axe violations in state "${state}"`).toEqual([]);
}

const SHOTS = resolve(__dirname, '../../test-results/screenshots');

/** Full-page screenshots at a phone's and a desktop's width, for people to look at (test-results/screenshots). */
export async function screenshots(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true, animations: 'disabled' });
  }
  if (original) await page.setViewportSize(original);
}

/**
 * What sticks out sideways at the page's present width (needing horizontal scrolling): the outermost elements
 * wider than the viewport, as "tag.class (width px)"; empty when nothing does.
 */
export async function scrollsSideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const wide = [...document.querySelectorAll<HTMLElement>('body *')].filter(
      (element) => element.getBoundingClientRect().right > width + 0.5,
    );
    return wide
      .filter((element) => !wide.includes(element.parentElement as HTMLElement))
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className} (${element.getBoundingClientRect().right} px)`,
      );
  });
}

/**
 * Checks the state a page is in: axe, no sideways scrolling at a phone's 320 px nor at 200 % zoom (a 1280 px window
 * lays out in 640 CSS pixels), and the screenshots at 375 and 1280 px (left out for a state that looks like one
 * already taken).
 */
export async function checkState(page: Page, name: string, { screenshot = true } = {}): Promise<void> {
  await expectNoAxeViolations(page, name);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await scrollsSideways(page), `${name} scrolls sideways at 320 px`).toEqual([]);
  await page.setViewportSize({ width: 640, height: 800 });
  expect(await scrollsSideways(page), `${name} scrolls sideways at 200 % zoom`).toEqual([]);
  if (size) await page.setViewportSize(size);
  if (screenshot) await screenshots(page, name);
}
