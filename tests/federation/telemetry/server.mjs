// The test suite's second subgraph: a telemetry domain in plain graphql-js that extends the customer graph's
// Asset and Customer by key. Its data is derived from the ids alone, so every run and every test sees the same.
// Usage: node tests/federation/telemetry/server.mjs [port]  (0 or none: any free port). Binds 127.0.0.1 and prints
// "listening http://127.0.0.1:PORT/graphql" once it accepts requests.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { buildSchema, graphql } from 'graphql';

const sdl = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

// What a federation library would generate; `_service.sdl` stays the hand-written SDL above. A scalar built from
// SDL passes JSON values through, which is all `_Any` needs.
const federationTypes = `
  scalar _Any
  scalar link__Import
  scalar FieldSet
  directive @link(url: String!, import: [link__Import]) repeatable on SCHEMA
  directive @key(fields: FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
  union _Entity = Asset | Customer
  type _Service { sdl: String! }
  extend type Query {
    _service: _Service!
    _entities(representations: [_Any!]!): [_Entity]!
  }
`;
const schema = buildSchema(sdl + federationTypes, { assumeValidSDL: true });

/** FNV-1a over the id's text: a stable number per id. */
function hash(text, salt) {
  let value = 0x811c9dc5;
  for (const char of salt + text.toLowerCase()) {
    value ^= char.charCodeAt(0);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

function telemetryOf(assetId) {
  const reported = Date.UTC(2026, 10, 23, 8, 0, 0) - (hash(assetId, 'seen') % 86_400) * 1000;
  return {
    // Functions: graphql-js calls them only when the field is selected, which ends the Asset ⇄ telemetry cycle.
    asset: () => entities.Asset({ assetId }),
    engineHours: (hash(assetId, 'hours') % 200_000) / 10,
    fuelLevelPercent: hash(assetId, 'fuel') % 101,
    lastReportedAt: new Date(reported).toISOString().replace('.000Z', 'Z'),
  };
}

const entities = {
  Asset: ({ assetId }) => ({ __typename: 'Asset', assetId, telemetry: () => telemetryOf(assetId) }),
  Customer: ({ customerId }) => ({
    __typename: 'Customer',
    customerId,
    fleetTelemetry: {
      utilizationPercent: hash(customerId, 'utilization') % 101,
      openAlerts: hash(customerId, 'alerts') % 7,
    },
  }),
};

const rootValue = {
  assetTelemetry: ({ assetIds }) => assetIds.map(telemetryOf),
  _service: () => ({ sdl }),
  _entities: ({ representations }) =>
    representations.map((representation) => entities[representation.__typename]?.(representation) ?? null),
};
schema.getType('_Entity').resolveType = (value) => value.__typename;

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const server = createServer(async (request, response) => {
  const send = (status, body) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  };
  if (request.method !== 'POST' || !request.url.startsWith('/graphql')) {
    send(404, { errors: [{ message: 'POST /graphql only' }] });
    return;
  }
  let body;
  try {
    body = await readJson(request);
  } catch {
    send(400, { errors: [{ message: 'The body is not JSON.' }] });
    return;
  }
  const result = await graphql({
    schema,
    source: body.query ?? '',
    rootValue,
    variableValues: body.variables,
    operationName: body.operationName,
  });
  send(200, result);
});

server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}/graphql`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
