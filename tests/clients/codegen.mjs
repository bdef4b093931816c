// GraphQL Code Generator against the LIVE introspection of a running endpoint: TypeScript types for the
// schema and for the operations in tests/clients/documents, then `tsc --noEmit` over the generated files
// and a usage file that leans on those types. Prints one JSON summary; exits non-zero on any error.
// Usage: CUSTOMERGRAPH_TOKEN=<bearer token> node tests/clients/codegen.mjs http://127.0.0.1:PORT/graphql [output folder, default test-output/clients]
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generate } from '@graphql-codegen/cli';

const url = process.argv[2];
if (!url) {
  console.error('usage: node codegen.mjs <graphql endpoint url> [output folder]');
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const repositoryRoot = resolve(here, '../..');
const outputDirectory = resolve(process.argv[3] ?? join(repositoryRoot, 'test-output/clients'));
const schemaTypesFile = join(outputDirectory, 'schema-types.ts');
const operationsFile = join(outputDirectory, 'operations.ts');
const usageFile = join(outputDirectory, 'usage.ts');
const require = createRequire(import.meta.url);

async function main() {
  await mkdir(outputDirectory, { recursive: true });
  // Codegen resolves document globs against the working directory: run from the repository root.
  process.chdir(repositoryRoot);
  // Since typescript-operations 6 the operations file is standalone (it writes the enums and inputs it
  // uses), so the schema's own types go to a file of their own.
  const config = {
    // Every custom scalar must be mapped: an unmapped one is an error instead of `any`.
    strictScalars: true,
    // The federation scalars of the subgraph's _entities, @link and (unimported, so prefixed) directives.
    scalars: {
      Cursor: 'string',
      DateTime: 'string',
      Date: 'string',
      _Any: 'unknown',
      federation__FieldSet: 'string',
      federation__Scope: 'string',
      federation__Policy: 'string',
      link__Import: 'unknown',
    },
    enumsAsTypes: true,
  };
  const outputs = await generate(
    {
      // Introspection needs an account like every request to the endpoint.
      schema: process.env.CUSTOMERGRAPH_TOKEN
        ? { [url]: { headers: { authorization: `Bearer ${process.env.CUSTOMERGRAPH_TOKEN}` } } }
        : url,
      documents: 'tests/clients/documents/*.graphql',
      generates: {
        [schemaTypesFile]: { plugins: ['typescript'], config },
        [operationsFile]: { plugins: ['typescript-operations'], config },
      },
      silent: true,
      errorsOnly: true,
    },
    true,
  );
  const typesOf = async (file) =>
    [...(await readFile(file, 'utf8')).matchAll(/^export type (\w+)/gm)].map((match) => match[1]);
  const schemaTypes = await typesOf(schemaTypesFile);
  const operationTypes = await typesOf(operationsFile);
  for (const [types, expected] of [
    [schemaTypes, ['Query', 'Mutation', 'Customer', 'CreateCustomerPayload', 'ValidationError', 'CreateCustomerInput']],
    [operationTypes, ['CustomersPageQuery', 'CustomersPageQueryVariables', 'CreateCustomerMutation', 'NodeByIdQuery']],
  ])
    for (const name of expected)
      if (!types.includes(name)) throw new Error(`the generated types lack ${name}`);

  // The generated types must compile, and be precise enough for code written against them.
  await copyFile(join(here, 'usage.ts'), usageFile);
  const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
  try {
    await promisify(execFile)(process.execPath, [
      tsc,
      '--noEmit',
      '--strict',
      '--target', 'es2022',
      '--module', 'esnext',
      '--moduleResolution', 'bundler',
      '--skipLibCheck',
      schemaTypesFile,
      operationsFile,
      usageFile,
    ]);
  } catch (error) {
    throw new Error(`tsc --noEmit failed:\n${error.stdout}${error.stderr}`);
  }

  return {
    generator: `@graphql-codegen/cli ${require('@graphql-codegen/cli/package.json').version}`,
    typescript: require('typescript/package.json').version,
    schema: 'live introspection',
    documents: (await readdir(join(here, 'documents'))).filter((name) => name.endsWith('.graphql')).length,
    files: outputs.map((output) => relative(repositoryRoot, output.filename)),
    typesGenerated: schemaTypes.length + operationTypes.length,
    schemaTypes: schemaTypes.length,
    operationTypes: operationTypes.length,
    typeChecked: true,
  };
}

try {
  console.log(JSON.stringify({ ok: true, ...(await main()) }, null, 2));
} catch (error) {
  console.log(JSON.stringify({ ok: false, error: error.message }, null, 2));
  console.error(error.stack ?? String(error));
  process.exit(1);
}
