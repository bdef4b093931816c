#!/usr/bin/env bash
# HTTP benchmark of issue 5: the GraphQL endpoint (POST /graphql, a cached customers(first: 20) query with three
# contacts each) against a hand-written minimal-API endpoint (tests/CustomerGraph.HttpBaseline, GET /customers)
# that answers the same JSON from the same SQLite file through the same domain queries. Both run in Release,
# Production environment, logging at Warning, on loopback; wrk alternates between them. Not part of ./test.sh.
# The GraphQL endpoint checks a bearer token (HMAC-SHA256 JWT) on every request; the baseline checks none, so
# that cost counts against the GraphQL side.
# Environment: DURATION (20s), CONNECTIONS (16), ROUNDS (2), GRAPHQL_PORT (5281), BASELINE_PORT (5282).
set -euo pipefail
cd "$(dirname "$0")/../.."
here=tests/benchmarks-http
duration=${DURATION:-20s}
connections=${CONNECTIONS:-16}
rounds=${ROUNDS:-2}
graphql_url="http://127.0.0.1:${GRAPHQL_PORT:-5281}"
baseline_url="http://127.0.0.1:${BASELINE_PORT:-5282}"
query='{"query":"{ customers(first: 20) { nodes { name email contacts(first: 3) { nodes { name email } } } } }"}'

command -v wrk >/dev/null || { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null; }

dotnet build src/CustomerGraph.Api -c Release -v quiet -nologo >/dev/null
dotnet build tests/CustomerGraph.HttpBaseline -c Release -v quiet -nologo >/dev/null

work=$(mktemp -d)
pids=()
stop_servers() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap stop_servers EXIT
trap 'exit 130' INT TERM

export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
export Database__DataFolder="$work/data"
# wrk sends more operations in a minute than the default budget allows a user in ten: meter, never refuse.
export RateLimiting__Enabled=false
# A signing key for this run only, and a token for the demo account (the one the data is seeded into).
export Authentication__Issuer=https://benchmark.customergraph.invalid
export Authentication__Audience=customergraph-benchmark
Authentication__SigningKey=$(head -c 32 /dev/urandom | base64)
export Authentication__SigningKey
CUSTOMERGRAPH_TOKEN=$(cd src/CustomerGraph.Api/bin/Release/net10.0 &&
  dotnet CustomerGraph.Api.dll dev-token --account 0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e --lifetime 1d 2>/dev/null)
export CUSTOMERGRAPH_TOKEN

# $1 url to poll, $2 name: waits up to 120 s for a 200.
wait_until_up() {
  for _ in $(seq 600); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "$2 did not start; its log:" >&2
  cat "$work/$2.log" >&2
  exit 1
}

# The GraphQL host first: it migrates the empty database and seeds the demo data.
(cd src/CustomerGraph.Api/bin/Release/net10.0 &&
  GraphQL__Explorer__Kind=None exec dotnet CustomerGraph.Api.dll --urls "$graphql_url" \
    --Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning) >"$work/graphql.log" 2>&1 &
pids+=($!)
wait_until_up "$graphql_url/readyz" graphql
(cd tests/CustomerGraph.HttpBaseline/bin/Release/net10.0 &&
  exec dotnet CustomerGraph.HttpBaseline.dll --urls "$baseline_url") >"$work/baseline.log" 2>&1 &
pids+=($!)
wait_until_up "$baseline_url/customers" baseline

graphql_answer() {
  curl -fsS "$graphql_url/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $CUSTOMERGRAPH_TOKEN" -d "$query"
}
baseline_answer() { curl -fsS "$baseline_url/customers"; }
graphql_answer >"$work/graphql.json"
baseline_answer >"$work/baseline.json"
node -e '
  const fs = require("fs");
  const [a, b] = process.argv.slice(1).map(f => JSON.stringify(JSON.parse(fs.readFileSync(f, "utf8"))));
  if (a !== b) { console.error("The two answers differ:\n" + a + "\n" + b); process.exit(1); }
  const customers = JSON.parse(a).data.customers.nodes;
  console.log(`Both answer the same JSON: ${customers.length} customers, ` +
    `${customers.reduce((n, c) => n + c.contacts.nodes.length, 0)} contacts, ${a.length} bytes.`);
' "$work/graphql.json" "$work/baseline.json"

echo "Warming up both (5 s each)..."
wrk -t1 -c"$connections" -d5s -s "$here/graphql.lua" "$graphql_url/graphql" >/dev/null
wrk -t1 -c"$connections" -d5s -s "$here/report.lua" "$baseline_url/customers" >/dev/null

# CPU time (user + system, clock ticks) a server process has used so far. Per request it is the figure least
# disturbed by other load on a shared machine, which skews requests/s and latency.
ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# $1 label, $2 server pid, then wrk's target arguments; prints one row and appends
# "label rps p50 p99 cpu_us_per_request" to the results.
measure() {
  local label=$1 pid=$2
  shift 2
  local line before after
  before=$(cpu_ticks "$pid")
  line=$(wrk -t1 -c"$connections" -d"$duration" --latency "$@" | grep '^RESULT')
  after=$(cpu_ticks "$pid")
  read -r rps p50 p99 requests bad_status socket_errors < <(echo "$line" | sed -E 's/[a-z0-9_]+=//g; s/^RESULT //')
  [ "$bad_status" = 0 ] || { echo "$label: $bad_status of $requests answers were not 2xx" >&2; exit 1; }
  local cpu_us=$(((after - before) * 1000000 / ticks / requests))
  printf '%-9s %10.0f req/s   p50 %7.2f ms   p99 %7.2f ms   server CPU %5d us/request   (%d requests, %d socket errors)\n' \
    "$label" "$rps" "$(echo "$p50 / 1000" | bc -l)" "$(echo "$p99 / 1000" | bc -l)" "$cpu_us" "$requests" "$socket_errors"
  echo "$label $rps $p50 $p99 $cpu_us" >>"$work/results"
}

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
echo "wrk -t1 -c$connections -d$duration --latency, $rounds rounds, alternating:"
for round in $(seq "$rounds"); do
  measure graphql "${pids[0]}" -s "$here/graphql.lua" "$graphql_url/graphql"
  measure baseline "${pids[1]}" -s "$here/report.lua" "$baseline_url/customers"
done

echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '
  { rps[$1] += $2; p50[$1] += $3; p99[$1] += $4; cpu[$1] += $5; n[$1]++ }
  END {
    split("graphql baseline", sides, " ")
    for (i = 1; i <= 2; i++) {
      side = sides[i]
      printf "mean %-9s %10.0f req/s   p50 %7.2f ms   p99 %7.2f ms   server CPU %5d us/request\n",
        side, rps[side] / n[side], p50[side] / n[side] / 1000, p99[side] / n[side] / 1000, cpu[side] / n[side]
    }
    ratio = rps["graphql"] / rps["baseline"]
    printf "GraphQL throughput = %.1f %% of the hand-written endpoint (target >= 80 %%): %s\n",
      100 * ratio, (ratio >= 0.8 ? "met" : "NOT met")
    printf "Server CPU per request: GraphQL %.2f x the hand-written endpoint (throughput bound %.1f %%)\n",
      cpu["graphql"] / cpu["baseline"], 100 * cpu["baseline"] / cpu["graphql"]
  }' "$work/results"
