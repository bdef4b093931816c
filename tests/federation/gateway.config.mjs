// Hive Gateway's configuration for the test and local supergraphs: the customer graph acts for the account in the
// caller's token and serves preview fields by the TU-PREVIEW header, so both go on to every subgraph.
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization'),
      'tu-preview': request.headers.get('tu-preview'),
    }),
  },
});
