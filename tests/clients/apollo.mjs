// A real front-end client against the running customer graph: Apollo Client (core, no React) with its
// normalized cache pages through customers, creates one with variables and reads the typed errors of a
// refused one. Prints one JSON summary; exits non-zero on the first check that fails.
// Usage: CUSTOMERGRAPH_TOKEN=<bearer token> node tests/clients/apollo.mjs http://127.0.0.1:PORT/graphql
import { ApolloClient, HttpLink, InMemoryCache, gql, version as apolloVersion } from '@apollo/client';

const url = process.argv[2];
if (!url) {
  console.error('usage: node apollo.mjs <graphql endpoint url>');
  process.exit(2);
}

// The endpoint needs an account: the bearer token comes from the environment, as a front end gets it from its login.
const authorization = process.env.CUSTOMERGRAPH_TOKEN ? { authorization: `Bearer ${process.env.CUSTOMERGRAPH_TOKEN}` } : {};

const PAGE_SIZE = 25;

const CUSTOMERS_PAGE = gql`
  query CustomersPage($first: Int!, $after: Cursor) {
    customers(first: $first, after: $after, sort: { by: NAME }) {
      pageInfo {
        hasPreviousPage
        hasNextPage
        startCursor
        endCursor
        count
      }
      edges {
        cursor
        node {
          id
          customerId
          name
          type
        }
      }
    }
  }
`;

const CREATE_CUSTOMER = gql`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      customer {
        id
        customerId
        name
        type
        email
        address {
          country
        }
      }
      errors {
        __typename
        ... on Error {
          message
        }
        ... on ValidationError {
          field
          code
        }
        ... on ConflictError {
          field
          code
        }
      }
    }
  }
`;

function check(condition, what, detail) {
  if (!condition) throw new Error(`${what}${detail === undefined ? '' : `: ${JSON.stringify(detail)}`}`);
}

// Apollo's cache matches fragments on unions and interfaces only when it knows their members; the
// documented way is to read them from the server's introspection once, before the client starts.
async function fetchPossibleTypes() {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...authorization },
    body: JSON.stringify({ query: '{ __schema { types { kind name possibleTypes { name } } } }' }),
  });
  check(response.ok, `introspection answered ${response.status}`);
  const { data, errors } = await response.json();
  check(!errors, 'introspection failed', errors);
  const possibleTypes = {};
  for (const type of data.__schema.types)
    if (type.possibleTypes) possibleTypes[type.name] = type.possibleTypes.map((member) => member.name);
  return possibleTypes;
}

async function main() {
  const client = new ApolloClient({
    link: new HttpLink({ uri: url, fetch, headers: authorization }),
    cache: new InMemoryCache({ possibleTypes: await fetchPossibleTypes() }),
  });

  // Two pages, the second after the first one's endCursor.
  const first = await client.query({ query: CUSTOMERS_PAGE, variables: { first: PAGE_SIZE } });
  check(!first.error, 'first page failed', first.error?.message);
  const firstPage = first.data.customers;
  check(firstPage.edges.length === PAGE_SIZE, 'first page size', firstPage.edges.length);
  check(firstPage.pageInfo.hasNextPage === true, 'first page has a next page', firstPage.pageInfo);
  check(firstPage.pageInfo.hasPreviousPage === false, 'first page has no previous page', firstPage.pageInfo);
  check(firstPage.pageInfo.startCursor === firstPage.edges[0].cursor, 'startCursor is the first edge', firstPage.pageInfo);
  check(firstPage.pageInfo.endCursor === firstPage.edges.at(-1).cursor, 'endCursor is the last edge', firstPage.pageInfo);

  const second = await client.query({
    query: CUSTOMERS_PAGE,
    variables: { first: PAGE_SIZE, after: firstPage.pageInfo.endCursor },
  });
  check(!second.error, 'second page failed', second.error?.message);
  const secondPage = second.data.customers;
  check(secondPage.edges.length > 0, 'second page is empty');
  check(secondPage.pageInfo.count === firstPage.pageInfo.count, 'count is the same on both pages', [
    firstPage.pageInfo.count,
    secondPage.pageInfo.count,
  ]);
  check(secondPage.pageInfo.startCursor === secondPage.edges[0].cursor, 'second startCursor', secondPage.pageInfo);
  check(secondPage.pageInfo.endCursor === secondPage.edges.at(-1).cursor, 'second endCursor', secondPage.pageInfo);
  const firstIds = new Set(firstPage.edges.map((edge) => edge.node.customerId));
  const overlap = secondPage.edges.filter((edge) => firstIds.has(edge.node.customerId));
  check(overlap.length === 0, 'the pages overlap', overlap.map((edge) => edge.node.name));
  const names = [...firstPage.edges, ...secondPage.edges].map((edge) => edge.node.name);
  const sorted = names.every((name, i) => i === 0 || names[i - 1].localeCompare(name, 'en') <= 0);
  check(sorted, 'the two pages together are not sorted by name', names);

  // The cache normalized every customer under its global id.
  const cached = client.cache.extract();
  const cachedCustomers = Object.values(cached).filter((entry) => entry?.__typename === 'Customer').length;
  check(cachedCustomers === firstPage.edges.length + secondPage.edges.length, 'normalized customers', cachedCustomers);

  // A mutation with variables.
  const name = `Apollo Rentals ${Date.now()}`;
  const created = await client.mutate({
    mutation: CREATE_CUSTOMER,
    variables: {
      input: { name, type: 'RENTAL_COMPANY', email: 'ops@apollo-rentals.example', address: { country: 'DK' } },
    },
  });
  check(!created.error, 'createCustomer failed', created.error?.message);
  const payload = created.data.createCustomer;
  check(payload.errors === null, 'createCustomer returned errors', payload.errors);
  check(payload.customer?.name === name && payload.customer.type === 'RENTAL_COMPANY', 'created customer', payload.customer);
  check(payload.customer.address?.country === 'DK', 'created address', payload.customer.address);
  check(client.cache.identify(payload.customer) in client.cache.extract(), 'created customer is in the cache');

  // Expected failures come back as typed errors in the payload, not as GraphQL errors.
  const refused = await client.mutate({
    mutation: CREATE_CUSTOMER,
    variables: { input: { name: 'Refused Rentals', email: 'not-an-email' } },
  });
  check(!refused.error, 'refused createCustomer raised a GraphQL error', refused.error?.message);
  const refusal = refused.data.createCustomer;
  check(refusal.customer === null, 'refused customer is null', refusal.customer);
  check(Array.isArray(refusal.errors) && refusal.errors.length > 0, 'typed errors', refusal.errors);
  const emailError = refusal.errors.find((error) => error.__typename === 'ValidationError' && error.field === 'email');
  check(emailError !== undefined, 'a ValidationError on email', refusal.errors);
  check(typeof emailError.code === 'string' && emailError.code.length > 0, 'the error code', emailError);
  check(typeof emailError.message === 'string' && emailError.message.length > 0, 'the error message', emailError);

  return {
    client: `Apollo Client ${apolloVersion}`,
    pages: 2,
    customersRead: names.length,
    totalCount: firstPage.pageInfo.count,
    normalizedCustomers: cachedCustomers,
    mutations: 2,
    created: { customerId: payload.customer.customerId, name },
    typedErrors: refusal.errors.map(({ __typename, field, code }) => ({ __typename, field, code })),
  };
}

try {
  console.log(JSON.stringify({ ok: true, ...(await main()) }, null, 2));
} catch (error) {
  console.log(JSON.stringify({ ok: false, error: error.message }, null, 2));
  console.error(error.stack ?? String(error));
  process.exit(1);
}
