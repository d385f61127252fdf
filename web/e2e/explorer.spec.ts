import { expect, test, useStack } from './support/fixtures.ts';

useStack({ worker: false });

test('a browser opening /graphql gets the bundled explorer, which runs queries (nothing from a CDN)', async ({
  page,
  web,
}) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(web.url) && !request.url().startsWith('data:')) outside.push(request.url());
  });
  await page.goto('/graphql');
  await expect(page).toHaveTitle('Jobcenter GraphQL explorer');
  const run = page.getByRole('button', { name: /Execute query/i });
  await expect(run).toBeVisible();
  // The editors load in web workers: on a slow machine the button is there before the query is in the editor,
  // and a click then runs nothing. Wait for the query, and click again if a run was lost.
  await expect(page.locator('.graphiql-query-editor')).toContainText('query Me', { timeout: 60_000 });
  const response = page.locator('.graphiql-response');
  await expect(async () => {
    if ((await response.textContent())?.includes('UNAUTHENTICATED')) return;
    await run.click();
    await expect(response).toContainText('UNAUTHENTICATED', { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  expect(outside).toEqual([]);
});
