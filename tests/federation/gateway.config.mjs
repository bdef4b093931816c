// Hive Gateway's configuration for the test and local supergraphs: the customer graph acts for the account in the
// caller's token and serves preview fields by the TU-PREVIEW header, so both go on to every subgraph.
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  // Given here because npm hoists the gateway's runtime to the repository root, from where its own lookup of the
  // transport cannot see this workspace's packages.
  transports: { http: import('@graphql-mesh/transport-http') },
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization'),
      'tu-preview': request.headers.get('tu-preview'),
    }),
  },
});
