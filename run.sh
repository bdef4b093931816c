#!/usr/bin/env bash
# Starts CustomerGraph on its embedded default: SQLite under src/CustomerGraph.Api/data (migrated and
# seeded with demo data on first start), the GraphQL endpoint and the GraphiQL explorer at
# http://localhost:5080/graphql. Installs the explorer's npm packages first when they are missing.
# Extra arguments go to the host, e.g. `./run.sh --urls http://127.0.0.1:8080` or
# `./run.sh seed-large --customers 1000000`.
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules/graphiql ] || npm ci --no-audit --no-fund --loglevel=error
exec dotnet run --project src/CustomerGraph.Api -c Release -- "$@"
