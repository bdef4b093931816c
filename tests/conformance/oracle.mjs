// The reference side of the differential conformance suite: reads the corpus (documents/*.graphql,
// schemas/*.graphql) and writes graphql-js's verdict on every case as one JSON object to stdout.
//
// Corpus format: a file holds several cases; the line `# ===== <case-name>` starts a case, whose source
// is every following line (with its line terminator) up to the next such line or the end of the file.
// Lines before the first case are the file's header; a header line `# schema: <file>` makes the file's
// documents validate against that schema (relative to this folder) instead of schema.graphql.
//
// Usage: node tests/conformance/oracle.mjs > oracle.json

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  parse,
  print,
  printSchema,
  specifiedRules,
  validate,
  validateSchema,
  version,
} from 'graphql';

const root = dirname(fileURLToPath(import.meta.url));
const defaultSchemaFile = 'schema.graphql';
const caseSeparator = /^# ===== (.*?)\r?$/;
const schemaHeader = /^# schema: (\S+)\r?$/;

/** Splits one corpus file into its header's schema name and its cases. */
function readCorpusFile(folder, fileName) {
  const text = readFileSync(join(root, folder, fileName), 'utf8');
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  let schema = defaultSchemaFile;
  const cases = [];
  let current = null;
  for (const line of lines) {
    const separator = caseSeparator.exec(line.replace(/\n$/, ''));
    if (separator) {
      current = { file: `${folder}/${fileName}`, name: separator[1].trim(), source: '' };
      cases.push(current);
    } else if (current) {
      current.source += line;
    } else {
      const header = schemaHeader.exec(line.replace(/\n$/, ''));
      if (header) schema = header[1];
    }
  }
  return { schema, cases };
}

function corpusFiles(folder) {
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.graphql'))
    .sort();
}

const schemaCache = new Map();
function loadSchema(fileName) {
  if (!schemaCache.has(fileName)) {
    const schema = buildSchema(readFileSync(join(root, fileName), 'utf8'));
    const errors = validateSchema(schema);
    if (errors.length > 0) {
      throw new Error(`${fileName} is not a valid schema: ${errors.map((e) => e.message).join('; ')}`);
    }
    schemaCache.set(fileName, schema);
  }
  return schemaCache.get(fileName);
}

// graphql-js 17 parses empty selection sets `{}` unless told not to; the September 2025 grammar
// (SelectionSet : { Selection+ }) forbids them, and so do we: the oracle runs graphql-js spec-strict.
const parseOptions = { allowEmptySelectionSets: false };

function judgeDocument(testCase, schemaFile) {
  const result = { ...testCase, schema: schemaFile };
  let document;
  try {
    document = parse(testCase.source, parseOptions);
  } catch (error) {
    return {
      ...result,
      verdict: 'syntax',
      rules: [],
      messages: [error.message],
      printed: null,
      printRoundTrips: false,
    };
  }
  const schema = loadSchema(schemaFile);
  const errors = validate(schema, document);
  const rules = specifiedRules
    .filter((rule) => validate(schema, document, [rule]).length > 0)
    .map((rule) => rule.name)
    .sort();
  const printed = print(document);
  return {
    ...result,
    verdict: errors.length > 0 ? 'invalid' : 'valid',
    rules,
    messages: errors.map((e) => e.message),
    printed,
    printRoundTrips: reparsesToSameTree(document, printed),
  };
}

/** Whether graphql-js's own print parses back to the same tree (it need not: `extend schema @d` then `{ f }`). */
function reparsesToSameTree(document, printed) {
  const withoutLocations = (node) => JSON.stringify(node, (key, value) => (key === 'loc' ? undefined : value));
  try {
    return withoutLocations(parse(printed, parseOptions)) === withoutLocations(document);
  } catch {
    return false;
  }
}

function judgeSchema(testCase) {
  try {
    parse(testCase.source, parseOptions);
  } catch (error) {
    return { ...testCase, verdict: 'syntax', messages: [error.message], printed: null, reprinted: null };
  }
  let schema;
  try {
    schema = buildSchema(testCase.source);
  } catch (error) {
    // assertValidSDL throws one Error listing every SDL validation error, separated by blank lines.
    const messages = error.message.split('\n\n');
    return { ...testCase, verdict: 'invalid', messages, printed: null, reprinted: null };
  }
  const errors = validateSchema(schema);
  if (errors.length > 0) {
    return {
      ...testCase,
      verdict: 'invalid',
      messages: errors.map((e) => e.message),
      printed: null,
      reprinted: null,
    };
  }
  const printed = printSchema(schema);
  // What a faithful printer must give for its own output: printing is a fixed point after one round.
  const reprinted = printSchema(buildSchema(printed));
  return { ...testCase, verdict: 'valid', messages: [], printed, reprinted };
}

const documents = [];
for (const fileName of corpusFiles('documents')) {
  const { schema, cases } = readCorpusFile('documents', fileName);
  for (const testCase of cases) documents.push(judgeDocument(testCase, schema));
}

const schemas = [];
for (const fileName of corpusFiles('schemas')) {
  for (const testCase of readCorpusFile('schemas', fileName).cases) schemas.push(judgeSchema(testCase));
}

const names = new Set();
for (const { name } of [...documents, ...schemas]) {
  if (names.has(name)) throw new Error(`Case name "${name}" is used twice in the corpus.`);
  names.add(name);
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
const rules = specifiedRules.map((rule) => rule.name);
process.stdout.write(JSON.stringify({ graphqlVersion: version, rules, documents, schemas }, null, 1));
process.stdout.write('\n');
