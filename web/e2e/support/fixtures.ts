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

let current: WebStack | null = null;

/**
 * Starts the stack once for the spec file that calls it (in its top level), and stops it after the file's last
 * test. Tests then get `web` and a `page` whose relative URLs go to the pages.
 */
export function useStack(options: StackOptions = {}): void {
  base.beforeAll(async () => {
    // The stack serves no pages unless told where they are: these tests need the build in web/dist.
    const env = { WEB_DIST_DIR: resolve(__dirname, '../../dist'), ...options.env };
    const stack = await Stack.start({ ...options, env });
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

/** Whether the page needs horizontal scrolling at its present width. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
