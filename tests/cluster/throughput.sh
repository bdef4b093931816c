#!/usr/bin/env bash
# Throughput of the customers page (tests/benchmarks-http/graphql.lua) through the cluster's balancer with 1 and
# 2 instances on PostgreSQL: wrk -t1 -c16 for DURATION (15s) each after a 5 s warm-up. Not part of ./test.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
duration=${DURATION:-15s}
command -v wrk >/dev/null || { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null; }
for instances in 1 2; do
  dir=$(mktemp -d /tmp/customergraph-throughput.XXXXXX) && rmdir "$dir"
  RateLimiting__Enabled=false "$root/tests/cluster/cluster.sh" --instances "$instances" --port 5190 --dir "$dir" \
    --no-build --parent-pid $$ >/dev/null 2>&1 &
  cluster=$!
  until [ -f "$dir/ready" ]; do kill -0 "$cluster" || exit 1; sleep 0.5; done
  # shellcheck source=/dev/null
  . "$dir/cluster.env"
  CUSTOMERGRAPH_TOKEN=$(cd "$root/src/CustomerGraph.Api/bin/Release/net10.0" &&
    Authentication__Issuer=$AUTH_ISSUER Authentication__Audience=$AUTH_AUDIENCE Authentication__SigningKey=$AUTH_SIGNING_KEY \
      dotnet CustomerGraph.Api.dll dev-token --account 0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e 2>/dev/null)
  export CUSTOMERGRAPH_TOKEN
  wrk -t1 -c16 -d5s -s "$root/tests/benchmarks-http/graphql.lua" "$BALANCER_URL/graphql" >/dev/null
  echo "== $instances instance(s), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t1 -c16 -d"$duration" --latency -s "$root/tests/benchmarks-http/graphql.lua" "$BALANCER_URL/graphql" |
    grep -E "Requests/sec|50%|99%|requests in|Non-2xx"
  kill -TERM "$cluster"
  wait "$cluster" || true
  rm -rf "$dir"
done
