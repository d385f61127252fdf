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
  await run.click();
  await expect(page.locator('.graphiql-response')).toContainText('UNAUTHENTICATED');
  expect(outside).toEqual([]);
});
