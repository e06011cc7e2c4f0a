import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  // The committed schema is the API contract, so codegen never needs a running server.
  schema: '../backend/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: {
          DateTime: 'string',
          // One shape both ways: the domain's own types (backend/src/domain/scheme/action.ts).
          ActionDefinition: {
            input: "import('@mutualis/domain/scheme/action').SchemeActionInput",
            output: "import('@mutualis/domain/scheme/action').SchemeAction",
          },
        },
      },
    },
  },
};

export default config;
