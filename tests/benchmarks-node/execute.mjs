// graphql-js twin of ExecutionBenchmarks: cached (pre-parsed, pre-validated) execution of the 3-level
// customers query over the same in-memory data, with contacts read from the parent or through the
// dataloader package, and of the standard introspection query; each result is serialized to JSON.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import DataLoader from 'dataloader';
import { buildSchema, execute, parse, validate, version } from 'graphql';

const documents = new URL('../CustomerGraph.Benchmarks/Documents/', import.meta.url);
const read = (name) => readFileSync(fileURLToPath(new URL(name, documents)), 'utf8');

function createData(count) {
  const lastPage = { hasPreviousPage: false, hasNextPage: false, startCursor: null, endCursor: null, count: null };
  const nodes = [];
  for (let i = 0; i < count; i++) {
    const contacts = [];
    for (let j = 0; j < 3; j++) {
      contacts.push({ id: `k${i}-${j}`, contactId: `${i}-${j}`, name: `Contact ${j} of ${i}`, type: 'PERSON', email: `contact${i}.${j}@example.com`, isPrimary: j === 0 });
    }
    nodes.push({
      id: `c${i}`, customerId: String(i), name: `Customer ${i}`, type: 'DEALER', email: `customer${i}@example.com`,
      address: { streetAddress: null, postalCode: null, city: 'Aarhus', region: null, country: 'DK' },
      contacts: { nodes: contacts, pageInfo: lastPage },
    });
  }
  return { nodes, pageInfo: { hasPreviousPage: false, hasNextPage: true, startCursor: 'c0', endCursor: `c${count - 1}`, count: null } };
}

function measure(name, run) {
  return (async () => {
    for (let i = 0; i < 500; i++) await run();
    const rounds = [];
    for (let round = 0; round < 5; round++) {
      const iterations = 500;
      const start = process.hrtime.bigint();
      for (let i = 0; i < iterations; i++) await run();
      rounds.push(iterations / (Number(process.hrtime.bigint() - start) / 1e9));
    }
    rounds.sort((a, b) => a - b);
    const median = rounds[2];
    console.log(`${name}: ${Math.round(median)} ops/s (${(1e6 / median).toFixed(1)} µs/op), graphql-js ${version}, node ${process.version}`);
  })();
}

for (const count of [20, 200]) {
  const data = createData(count);
  const contactsByCustomer = new Map(data.nodes.map((c) => [c.id, c.contacts.nodes]));
  const schema = buildSchema(read('schema.graphql'));
  const document = parse(read('customers-query.graphql').replace('first: 20', `first: ${count}`));
  if (validate(schema, document).length > 0) throw new Error('invalid benchmark document');
  const rootValue = { customers: () => data };
  const direct = async () => JSON.stringify(await execute({ schema, document, rootValue }));
  await measure(`customers query (${count}), contacts from parent`, direct);

  const loaderSchema = buildSchema(read('schema.graphql'));
  loaderSchema.getType('Customer').getFields().contacts.resolve = (customer, _args, context) =>
    context.contacts.load(customer.id).then((nodes) => ({ nodes, pageInfo: customer.contacts.pageInfo }));
  const withLoader = async () =>
    JSON.stringify(
      await execute({
        schema: loaderSchema, document, rootValue,
        contextValue: { contacts: new DataLoader(async (keys) => keys.map((k) => contactsByCustomer.get(k))) },
      }),
    );
  await measure(`customers query (${count}), contacts via DataLoader`, withLoader);
}

const schema = buildSchema(read('schema.graphql'));
const introspection = parse(read('introspection-query.graphql'));
await measure('introspection query', async () => JSON.stringify(await execute({ schema, document: introspection })));
