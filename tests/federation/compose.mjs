// Composes a supergraph from live subgraphs: fetches each one's `_service { sdl }` (or reads an SDL file, for a
// subgraph that only has to compose) and composes them with @theguild/federation-composition. Writes the supergraph
// SDL to the --out file; on composition errors prints them and exits 1.
// Usage: CUSTOMERGRAPH_TOKEN=<bearer token> node tests/federation/compose.mjs --out supergraph.graphql \
//          customers=http://127.0.0.1:5080/graphql telemetry=http://127.0.0.1:4001/graphql [assets=path/to/schema.graphql]
// The token goes to every subgraph (the customer graph needs an account even for its SDL).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
const services = args.filter((_, index) => index !== outIndex && index !== outIndex + 1);
if (!out || services.length === 0 || services.some((service) => !service.includes('='))) {
  console.error('usage: node compose.mjs --out <file> <name>=<url or SDL file> [<name>=<url or SDL file> ...]');
  process.exit(2);
}

async function fetchSdl(url) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (process.env.CUSTOMERGRAPH_TOKEN) headers.authorization = `Bearer ${process.env.CUSTOMERGRAPH_TOKEN}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
  const body = await response.json().catch(() => ({}));
  const sdl = body.data?._service?.sdl;
  if (!sdl) throw new Error(`${url} answered ${response.status} without _service.sdl: ${JSON.stringify(body).slice(0, 500)}`);
  return sdl;
}

const definitions = await Promise.all(
  services.map(async (service) => {
    const [name, source] = [service.slice(0, service.indexOf('=')), service.slice(service.indexOf('=') + 1)];
    if (/^https?:/.test(source)) return { name, url: source, typeDefs: parse(await fetchSdl(source)) };
    return { name, url: pathToFileURL(source).href, typeDefs: parse(readFileSync(source, 'utf8')) };
  }),
);
const result = composeServices(definitions);
if (result.errors?.length) {
  for (const error of result.errors) console.error(`${error.extensions?.code ?? 'ERROR'}: ${error.message}`);
  process.exit(1);
}
writeFileSync(out, result.supergraphSdl);
console.log(`composed ${definitions.map((definition) => definition.name).join(' + ')} into ${out}`);
