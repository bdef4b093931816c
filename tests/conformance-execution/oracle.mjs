// The graphql-js 17.1 side of the differential execution suite.
//
//   node oracle.mjs [--async]             runs every case of operations/*.graphql over schema.graphql and
//                                         data.json; prints {"<file>": {"<case>": response}} as JSON;
//                                         with --async every field resolves through a promise
//   node oracle.mjs introspection-query   prints getIntrospectionQuery() with every option on
//   node oracle.mjs client-schema         reads an introspection response on stdin and prints
//                                         {"expected": printSchema(buildSchema(sdl)),
//                                          "actual": printSchema(buildClientSchema(response.data))}
//
// The C# suite (tests/CustomerGraph.ExecutionConformance.Tests) reads the same files and binds the same
// resolvers: echo* fields answer their coerced arguments as canonical JSON, fails/failsNonNull throw
// "Field failed at <path>", and the mutations log their labels in call order.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildClientSchema,
  buildSchema,
  defaultFieldResolver,
  getIntrospectionQuery,
  graphql,
  isObjectType,
  parse,
  printSchema,
  responsePathAsArray,
  validate,
} from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const sdl = readFileSync(join(here, 'schema.graphql'), 'utf8');

/** The options of the full introspection query, shared with the C# round-trip test. */
export const introspectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

/** JSON with object keys sorted (UTF-16 code unit order), as the echo fields answer. */
export function canonicalJson(value) {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function fail(info) {
  throw new Error(`Field failed at ${responsePathAsArray(info.path).join('.')}`);
}

function record(label, context) {
  context.log.push(label);
  return { label, position: context.log.length, order: [...context.log] };
}

/** With asyncResolvers, every field (data fields included) answers through a promise. */
export function buildExecutableSchema(asyncResolvers = false) {
  const schema = buildSchema(sdl);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('echo')) field.resolve = (_source, args) => canonicalJson(args);
      else if (field.name === 'fails' || field.name === 'failsNonNull')
        field.resolve = (_source, _args, _context, info) => fail(info);
    }
  }
  const mutation = schema.getMutationType().getFields();
  mutation.record.resolve = (_source, { label }, context) => record(label, context).order;
  mutation.recordObject.resolve = (_source, { label }, context) => record(label, context);
  mutation.recordNonNull.resolve = mutation.recordObject.resolve;
  mutation.failing.resolve = (_source, { label }, context, info) => {
    record(label, context);
    fail(info);
  };
  mutation.failingNonNull.resolve = mutation.failing.resolve;
  if (asyncResolvers) {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const resolve = field.resolve ?? defaultFieldResolver;
        field.resolve = async (...args) => resolve(...args);
      }
    }
  }
  return schema;
}

/** Cases of one operations file: "# ===== name", then optional "# variables:" and "# operationName:" lines. */
export function readCases(text) {
  const cases = [];
  let current = null;
  for (const line of text.split('\n')) {
    const header = /^# ===== (.+?)\s*$/.exec(line);
    if (header) {
      current = { name: header[1], variables: undefined, operationName: undefined, lines: [] };
      cases.push(current);
      continue;
    }
    if (current === null) continue;
    if (current.lines.length === 0) {
      const variables = /^# variables: (.*)$/.exec(line);
      if (variables) {
        current.variables = JSON.parse(variables[1]);
        continue;
      }
      const operationName = /^# operationName: (.*?)\s*$/.exec(line);
      if (operationName) {
        current.operationName = operationName[1];
        continue;
      }
    }
    current.lines.push(line);
  }
  return cases.map(({ lines, ...rest }) => ({ ...rest, source: lines.join('\n').trimEnd() }));
}

function plain(response) {
  return JSON.parse(
    JSON.stringify(response, (key, value) =>
      key === 'errors' ? value.map(({ message, locations, path }) => ({ message, locations, path })) : value,
    ),
  );
}

// graphql-js 17.1 lets @deprecated stand on directive definitions too, a location the September 2025
// specification does not give it (appendix D) and we do not. Responses are compared as the spec would
// have them: that one location is dropped from graphql-js's answer, and the response is marked so the
// suite can count how many it adjusted.
function specStrict(response) {
  let adjusted = false;
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    if (value.name === 'deprecated' && Array.isArray(value.locations) && value.locations.includes('DIRECTIVE_DEFINITION')) {
      value.locations = value.locations.filter((location) => location !== 'DIRECTIVE_DEFINITION');
      adjusted = true;
    }
    Object.values(value).forEach(visit);
  };
  visit(response.data);
  return adjusted ? { ...response, specStrictAdjusted: true } : response;
}

async function runCases(asyncResolvers) {
  const schema = buildExecutableSchema(asyncResolvers);
  const rootValue = JSON.parse(readFileSync(join(here, 'data.json'), 'utf8'));
  const directory = join(here, 'operations');
  const results = {};
  for (const file of readdirSync(directory).filter((f) => f.endsWith('.graphql')).sort()) {
    const fileResults = (results[file] = {});
    for (const testCase of readCases(readFileSync(join(directory, file), 'utf8'))) {
      if (testCase.name in fileResults) throw new Error(`${file}: duplicate case "${testCase.name}"`);
      let invalid;
      try {
        const problems = validate(schema, parse(testCase.source));
        if (problems.length > 0) invalid = problems.map((e) => e.message);
      } catch (error) {
        invalid = [error.message];
      }
      if (invalid) {
        fileResults[testCase.name] = { invalid };
        continue;
      }
      const response = await graphql({
        schema,
        source: testCase.source,
        rootValue,
        contextValue: { log: [] },
        variableValues: testCase.variables,
        operationName: testCase.operationName,
      });
      fileResults[testCase.name] = specStrict(plain(response));
    }
  }
  return results;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const command = process.argv[2];
if (command === 'introspection-query') {
  process.stdout.write(getIntrospectionQuery(introspectionOptions));
} else if (command === 'client-schema') {
  const response = JSON.parse(await readStdin());
  let actual;
  try {
    actual = printSchema(buildClientSchema(response.data));
  } catch (error) {
    actual = `buildClientSchema failed: ${error.message}\n${JSON.stringify(response).slice(0, 2000)}`;
  }
  process.stdout.write(JSON.stringify({ expected: printSchema(buildSchema(sdl)), actual }));
} else if (command === undefined || command === '--async') {
  process.stdout.write(JSON.stringify(await runCases(command === '--async')));
} else {
  process.stderr.write(`unknown command ${command}\n`);
  process.exit(2);
}
