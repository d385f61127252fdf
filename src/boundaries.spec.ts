// The import boundaries of STYLE.md are kept by ESLint rules (eslint.config.mjs); this test shows that they fail on
// a deliberate violation and stay quiet on allowed imports, so a config change cannot switch them off unnoticed.
import { ESLint, type Linter } from 'eslint';
import path from 'node:path';
import tseslint from 'typescript-eslint';

/** Jest runs from the project's root, where eslint.config.mjs lives. */
const root = process.cwd();
const configFile: string = path.join(root, 'eslint.config.mjs');
let linter: ESLint;

beforeAll(async () => {
  const { default: config } = (await import(configFile)) as { default: Linter.Config[] };
  // The project's own blocks that restrict imports, with a parser that needs no type information.
  const boundaryBlocks = config.filter((block) => block.rules?.['no-restricted-imports']);
  linter = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...boundaryBlocks],
  });
});

async function problemsOf(file: string, source: string): Promise<string[]> {
  const [result] = await linter.lintText(source, { filePath: path.join(root, file) });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('import boundaries', () => {
  it.each(['@nestjs/common', 'typeorm', 'pg', 'ioredis', 'bullmq', '@nestjs/graphql'])(
    'the kernel may not import %s',
    async (module) => {
      const problems = await problemsOf('src/matching/kernel/demo.ts', `import * as m from '${module}';\nvoid m;\n`);
      expect(problems).toEqual([expect.stringMatching(/^no-restricted-imports: .*The matching kernel is pure/)]);
    },
  );

  it('the kernel may import its own pure modules', async () => {
    expect(await problemsOf('src/matching/kernel/demo.ts', "import * as m from './score';\nvoid m;\n")).toEqual([]);
  });

  it("a feature may not import another feature's resolver file", async () => {
    const problems = await problemsOf('src/jobs/demo.ts', "import * as m from '../offers/offers.resolver';\nvoid m;\n");
    expect(problems).toEqual([expect.stringMatching(/^no-restricted-imports: .*never its resolver file/)]);
  });

  it("a feature may import another feature's loaders and service, and its own resolver", async () => {
    const source = [
      "import * as a from '../offers/offers.loaders';",
      "import * as b from '../offers/offers.service';",
      "import * as c from './jobs.resolver';",
      'void [a, b, c];',
    ].join('\n');
    expect(await problemsOf('src/jobs/demo.ts', source)).toEqual([]);
  });
});
