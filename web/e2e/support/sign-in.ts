import type { Page } from '@playwright/test';
import { PASSWORD } from '../../../test/factories/accounts.ts';
import { expect } from './fixtures.ts';

/** Signs the page's browser in (the session cookie) through the API, without walking through the sign-in page. */
export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  const response = await page.request.post('/graphql', {
    data: {
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: email, p: password },
    },
  });
  expect(response.ok()).toBe(true);
}
