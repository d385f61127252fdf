import { resolve } from 'node:path';
import rootGlobalSetup from '../../../test/utils/global-setup.ts';

/**
 * The jest e2e project's setup, run from the repository's root: `npm run build` there builds the API and these
 * pages (so no test runs against a stale build), then the template database is migrated.
 */
export default async function globalSetup(): Promise<void> {
  const cwd = process.cwd();
  process.chdir(resolve(__dirname, '../../..'));
  try {
    await rootGlobalSetup();
  } finally {
    process.chdir(cwd);
  }
}
