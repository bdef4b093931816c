// Hive Gateway configuration of the compatibility run: the suite sends its gateway queries to http://localhost:4000/.
export const gatewayConfig = { graphqlEndpoint: '/' };
