#!/usr/bin/env bash
# The local supergraph for trying federated queries: builds and starts the customer graph (Development, the demo
# data, requests without a token act for the demo account) on 127.0.0.1:5080, the telemetry test subgraph on
# 127.0.0.1:4001, composes both subgraphs' `_service.sdl` into a supergraph and serves it with Hive Gateway and its
# GraphiQL on 127.0.0.1:4000. Ctrl-C stops all three. Called by `./run.sh supergraph`.
# Ports: CUSTOMERGRAPH_PORT (5080), TELEMETRY_PORT (4001), GATEWAY_PORT (4000).
set -euo pipefail
cd "$(dirname "$0")/../.."
customers_port=${CUSTOMERGRAPH_PORT:-5080}
telemetry_port=${TELEMETRY_PORT:-4001}
gateway_port=${GATEWAY_PORT:-4000}
work=$(mktemp -d -t customergraph-supergraph-XXXXXX)
pids=()

stop() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT INT TERM

wait_for() { # url, name, log: any HTTP answer counts
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "$1" && return 0
    sleep 0.5
  done
  echo "supergraph.sh: $2 did not start; its log:" >&2
  cat "$3" >&2
  exit 1
}

[ -d node_modules/graphiql ] || npm ci --no-audit --no-fund --loglevel=error
[ -x tests/federation/node_modules/.bin/hive-gateway ] || npm ci --prefix tests/federation --no-audit --no-fund --loglevel=error
echo "Building the customer graph…"
dotnet build src/CustomerGraph.Api -c Release -nologo -v quiet -clp:"ErrorsOnly;NoSummary"

(cd src/CustomerGraph.Api && ASPNETCORE_ENVIRONMENT=Development exec dotnet bin/Release/net10.0/CustomerGraph.Api.dll \
  --urls "http://127.0.0.1:$customers_port") >"$work/customers.log" 2>&1 &
pids+=($!)
node tests/federation/telemetry/server.mjs "$telemetry_port" >"$work/telemetry.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$customers_port/readyz" "the customer graph" "$work/customers.log"
wait_for "http://127.0.0.1:$telemetry_port/graphql" "the telemetry subgraph" "$work/telemetry.log"

node tests/federation/compose.mjs --out "$work/supergraph.graphql" \
  "customers=http://127.0.0.1:$customers_port/graphql" "telemetry=http://127.0.0.1:$telemetry_port/graphql"
tests/federation/node_modules/.bin/hive-gateway supergraph "$work/supergraph.graphql" --host 127.0.0.1 \
  --port "$gateway_port" --config-path tests/federation/gateway.config.mjs >"$work/gateway.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$gateway_port/readiness" "Hive Gateway" "$work/gateway.log"

cat <<TEXT

Supergraph (customers + telemetry) with GraphiQL: http://127.0.0.1:$gateway_port/graphql
  customer graph  http://127.0.0.1:$customers_port/graphql  (no Authorization header: the demo account;
                  TOKEN=\$(./run.sh dev-token --account <uuid>) and the header "Authorization: Bearer \$TOKEN" for another)
  telemetry       http://127.0.0.1:$telemetry_port/graphql
  try             { customers(first: 5) { nodes { name fleetTelemetry { utilizationPercent openAlerts } } } }
Logs in $work. Ctrl-C stops everything.
TEXT
wait -n "${pids[@]}"
echo "supergraph.sh: a process ended; stopping the others" >&2
