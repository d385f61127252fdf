import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the committed schema (../schema.gql, made by `npm run schema` at the root). The output in
// src/generated is never edited by hand; CI fails when it is stale.
const config: CodegenConfig = {
  schema: '../schema.gql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
