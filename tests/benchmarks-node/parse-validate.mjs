// graphql-js twin of the .NET ParseAndValidate benchmarks: the same documents and schema, timed in
// Node on the same machine. Prints ops/s per document so docs/performance.md can compare both.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate, version } from 'graphql';

const documents = new URL('../CustomerGraph.Benchmarks/Documents/', import.meta.url);
const read = (name) => readFileSync(fileURLToPath(new URL(name, documents)), 'utf8');
const schema = buildSchema(read('schema.graphql'));

function measure(name, source) {
  const run = () => {
    const errors = validate(schema, parse(source));
    if (errors.length > 0) throw new Error(`${name}: ${errors[0].message}`);
  };
  for (let i = 0; i < 2000; i++) run(); // warm-up: let the JIT settle
  const rounds = [];
  for (let round = 0; round < 5; round++) {
    const iterations = 2000;
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) run();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rounds.push(iterations / seconds);
  }
  rounds.sort((a, b) => a - b);
  const median = rounds[Math.floor(rounds.length / 2)];
  console.log(`${name}: ${Math.round(median)} ops/s (${(1e6 / median).toFixed(1)} µs/op), graphql-js ${version}, node ${process.version}`);
}

measure('parse+validate introspection query', read('introspection-query.graphql'));
measure('parse+validate 200-line customers operation', read('customers-operation.graphql'));
