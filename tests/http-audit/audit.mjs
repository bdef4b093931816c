// Runs graphql-http's server audits (the GraphQL-over-HTTP compliance suite) against a running
// endpoint and prints one JSON object: counts per requirement level and every audit that did not pass.
// Usage: CUSTOMERGRAPH_TOKEN=<bearer token> node tests/http-audit/audit.mjs http://127.0.0.1:PORT/graphql
// Every audit request carries the token (the endpoint needs an account); the audits themselves are unchanged.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const counts = {};
const failures = [];
const token = process.env.CUSTOMERGRAPH_TOKEN;
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};
for (const audit of serverAudits({ url, fetchFn })) {
  const result = await audit.fn();
  const level = audit.name.split(' ')[0];
  counts[level] ??= { passed: 0, failed: 0 };
  if (result.status === 'ok') {
    counts[level].passed++;
  } else {
    counts[level].failed++;
    const body = result.response ? await result.response.text().catch(() => '') : '';
    failures.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason, body: body.slice(0, 300) });
  }
}
console.log(JSON.stringify({ counts, failures }, null, 2));
