#!/usr/bin/env bash
# Starts CustomerGraph on its embedded default: SQLite under src/CustomerGraph.Api/data (migrated and
# seeded with demo data on first start), the GraphQL endpoint and the GraphiQL explorer at
# http://localhost:5080/graphql. Installs the explorer's npm packages first when they are missing.
# Requests without a token act for the demo account there (Development only); `./run.sh dev-token --account <uuid>
# [--lifetime 8h]` prints a bearer token for any account, signed with the Development key.
# `./run.sh supergraph` starts the local federation supergraph instead (tests/federation/supergraph.sh);
# `./run.sh cluster --instances N` a local cluster of N hosts behind nginx on PostgreSQL and Redis.
# Extra arguments go to the host, e.g. `./run.sh --urls http://127.0.0.1:8080` or
# `./run.sh seed-large --customers 1000000`.
set -euo pipefail
cd "$(dirname "$0")"
[ "${1:-}" = supergraph ] && exec tests/federation/supergraph.sh
# `./run.sh cluster --instances 2`: PostgreSQL, Redis, N hosts and nginx on loopback (tests/cluster/cluster.sh).
[ "${1:-}" = cluster ] && exec tests/cluster/cluster.sh "$@"
[ -d node_modules/graphiql ] || npm ci --no-audit --no-fund --loglevel=error
# Quiet build output: stdout carries only what the host prints (e.g. the token, for TOKEN=$(./run.sh dev-token ...)).
exec dotnet run --project src/CustomerGraph.Api -c Release -v quiet -- "$@"
