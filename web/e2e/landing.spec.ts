import { expect, expectNoAxeViolations, screenshots, scrollsSideways, test, useStack } from './support/fixtures.ts';

useStack({ worker: false });

test('the landing page says what Jobcenter is and shows the three ways in, in each language', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jobcenter');
  await expect(page.getByRole('link', { name: 'Kirjaudu koodilla' })).toBeVisible();
  await expectNoAxeViolations(page, 'landing fi');
  await screenshots(page, 'landing-fi');

  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('link', { name: 'Logga in med kod' })).toBeVisible();
  await expectNoAxeViolations(page, 'landing sv');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});

test('nothing needs horizontal scrolling at 320 px or at 200 % zoom', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await scrollsSideways(page)).toEqual([]);
  // 1280 px at 200 % zoom lays out as 640 CSS pixels.
  await page.setViewportSize({ width: 640, height: 800 });
  expect(await scrollsSideways(page)).toEqual([]);
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeVisible();
  await expectNoAxeViolations(page, 'not found');
});
