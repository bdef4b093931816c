#!/usr/bin/env bash
# The whole CustomerGraph test suite. Installs what it needs (npm packages, Chromium, the .NET formatter),
# checks formatting, builds with warnings as errors, runs every test project, prints the
# conformance summaries, and ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"

configuration=Release
output_dir=test-output
rm -rf "$output_dir" && mkdir -p "$output_dir"

fail() {
  echo "test.sh: $1" >&2
  echo "0 passed, 1 failed"
  exit 1
}

command -v node >/dev/null || fail "node is required (Debian package nodejs)"
npm ci --no-audit --no-fund --loglevel=error >/dev/null || fail "npm ci failed"
# The federation tooling (Hive Gateway, the composer, Apollo's compatibility suite) wants graphql 16: its own install.
npm ci --prefix tests/federation --no-audit --no-fund --loglevel=error >/dev/null || fail "npm ci in tests/federation failed"
# The browser tests drive Debian's Chromium through playwright-core.
command -v chromium >/dev/null || { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null; } ||
  fail "chromium is required (Debian package chromium) and could not be installed"
# Redis: the scale-out tests start their own redis-server on a free loopback port.
command -v redis-server >/dev/null || { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y redis-server >/dev/null; } ||
  fail "redis-server is required (Debian package redis-server) and could not be installed"
# nginx: the cluster tests balance their hosts behind it (tests/cluster/cluster.sh).
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y nginx >/dev/null; } ||
  fail "nginx is required (Debian package nginx) and could not be installed"
# PostgreSQL: the customer graph must run on it unchanged; a test runs the host against a local server.
command -v pg_ctlcluster >/dev/null || { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >/dev/null; } ||
  fail "postgresql is required (Debian package postgresql) and could not be installed"
pg_cluster=$(pg_lsclusters --no-header 2>/dev/null | awk 'NR == 1 { print $1 " " $2 }')
[ -n "$pg_cluster" ] || fail "no PostgreSQL cluster found"
pg_lsclusters --no-header | awk 'NR == 1 { print $4 }' | grep -q online || pg_ctlcluster $pg_cluster start ||
  fail "PostgreSQL did not start"
pg_port=$(pg_lsclusters --no-header | awk 'NR == 1 { print $3 }')
su postgres -c "psql -p $pg_port -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'customergraph_test'\"" | grep -q 1 ||
  su postgres -c "psql -p $pg_port -qc \"CREATE ROLE customergraph_test LOGIN CREATEDB PASSWORD 'customergraph_test'\"" ||
  fail "could not create the PostgreSQL test role"
export CUSTOMERGRAPH_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=customergraph_test;Password=customergraph_test"
dotnet tool restore >/dev/null || fail "dotnet tool restore failed"
dotnet csharpier check . >"$output_dir/format.log" 2>&1 || {
  cat "$output_dir/format.log"
  fail "formatting differs: run 'dotnet csharpier format .'"
}
dotnet build CustomerGraph.sln -c "$configuration" -nologo -clp:ErrorsOnly >"$output_dir/build.log" 2>&1 || {
  cat "$output_dir/build.log"
  fail "build failed"
}

passed=0 failed=0 skipped=0
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  log="$output_dir/$name.log"
  dotnet test "$project" -c "$configuration" --no-build -nologo \
    --logger "console;verbosity=normal" --results-directory "$output_dir/$name" >"$log" 2>&1
  grep -E -A 12 '^\s*Failed [A-Za-z_.]+' "$log" | head -300
  total=$(grep -E '^Total tests: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  if [ -z "$total" ]; then
    tail -40 "$log"
    failed=$((failed + 1))
    continue
  fi
  count() { grep -E "^ +$1: [0-9]+" "$log" | tail -1 | grep -oE '[0-9]+' || echo 0; }
  project_passed=$(count Passed) project_failed=$(count Failed) project_skipped=$(count Skipped)
  echo "$name: $project_passed passed, $project_failed failed, $project_skipped skipped"
  passed=$((passed + project_passed))
  failed=$((failed + project_failed))
  skipped=$((skipped + project_skipped))
done

# Conformance suites and the graphql-http audit write their counts here.
for summary in "$output_dir"/summaries/*.txt; do
  [ -f "$summary" ] && cat "$summary"
done

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
