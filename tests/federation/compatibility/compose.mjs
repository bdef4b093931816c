// Composes the supergraph of the compatibility run: each subgraph's SDL is read live from its `_service { sdl }`.
// node compose.mjs <out.graphql> <name>=<url> ...
import { writeFileSync } from 'node:fs';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';

const [out, ...subgraphs] = process.argv.slice(2);
const services = [];
for (const subgraph of subgraphs) {
  const [name, url] = subgraph.split(/=(.*)/s);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = await response.json();
  if (!body.data?._service?.sdl) throw new Error(`${name} at ${url} answered no SDL: ${JSON.stringify(body)}`);
  services.push({ name, url, typeDefs: parse(body.data._service.sdl) });
}
const result = composeServices(services);
if (result.errors?.length) {
  for (const error of result.errors) console.error(`composition: ${error.message}`);
  process.exit(1);
}
writeFileSync(out, result.supergraphSdl);
console.log(`supergraph of ${services.map((s) => s.name).join(', ')} written to ${out}`);
