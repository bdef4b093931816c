#!/usr/bin/env bash
# A local CustomerGraph cluster on loopback: a throwaway PostgreSQL cluster (initdb + pg_ctl under a temporary
# folder), a redis-server, N hosts (the Release build of src/CustomerGraph.Api, each its own process) and nginx
# balancing across them on one port. Prints the URL, restarts a host that dies, stops everything on Ctrl-C.
# The cluster tests (tests/CustomerGraph.Cluster.Tests) start the cluster with this script too.
#
#   cluster.sh [--instances N] [--port P] [--dir DIR] [--no-build] [--parent-pid PID]
#     --instances  hosts behind the balancer (2)          --port  the balancer's port (5090); PostgreSQL P+1,
#     --dir        state folder (a new temporary one,        Redis P+2, host i P+10+i
#                  removed at the end; a given one is kept) --no-build  use the existing Release build
#     --parent-pid stop when that process ends (tests)
#   cluster.sh postgres stop|start --dir DIR      cluster.sh redis stop|start --dir DIR
#     stop or start the running cluster's PostgreSQL or Redis (fault drills; hosts keep running).
#
# Hosts run in Production with a signing key made for this cluster: `--dir`/cluster.env holds it, with the ports,
# and `cd src/CustomerGraph.Api/bin/Release/net10.0 && Authentication__SigningKey=... dotnet CustomerGraph.Api.dll
# dev-token --account <uuid>` (the issuer and audience from cluster.env too) prints a token. Settings given in the
# environment (RateLimiting__Budget, ...) reach every host. Installs the Debian packages it needs when missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$dir" ] || { echo "cluster.sh: PostgreSQL binaries not found" >&2; exit 1; }
  echo "$dir"
}

# Fault drills on a running cluster: its settings are in DIR/cluster.env.
if [ "${1:-}" = postgres ] || [ "${1:-}" = redis ]; then
  service=$1 action=${2:-} dir=
  shift 2 || true
  while [ $# -gt 0 ]; do
    case $1 in --dir) dir=$2; shift 2 ;; *) echo "cluster.sh: unknown option $1" >&2; exit 2 ;; esac
  done
  [ -f "$dir/cluster.env" ] || { echo "cluster.sh: no cluster in '$dir'" >&2; exit 2; }
  # shellcheck source=/dev/null
  . "$dir/cluster.env"
  case "$service $action" in
    "postgres stop") as_postgres "$PG_BIN/pg_ctl" -D "$dir/pgdata" -m fast -w stop >/dev/null ;;
    "postgres start")
      as_postgres "$PG_BIN/pg_ctl" -D "$dir/pgdata" -l "$dir/postgres.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $dir/pgdata -c max_connections=200" start >/dev/null ;;
    "redis stop") kill -TERM "$(cat "$dir/redis.pid")" && while [ -f "$dir/redis.pid" ]; do sleep 0.05; done ;;
    "redis start")
      redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly yes --appendfsync always \
        --dir "$dir/redis" --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
      until redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; do sleep 0.05; done ;;
    *) echo "cluster.sh: $service stop|start" >&2; exit 2 ;;
  esac
  exit 0
fi

instances=2 port=5090 dir= keep_dir=false build=true parent_pid=
[ "${1:-}" = cluster ] && shift
while [ $# -gt 0 ]; do
  case $1 in
    --instances) instances=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --dir) dir=$2; keep_dir=true; shift 2 ;;
    --no-build) build=false; shift ;;
    --parent-pid) parent_pid=$2; shift 2 ;;
    *) echo "cluster.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

install_missing() {
  local missing=()
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v redis-server >/dev/null || missing+=(redis-server)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v curl >/dev/null || missing+=(curl)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "cluster.sh: installing ${missing[*]}" >&2
  apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >/dev/null
}
install_missing
PATH=$PATH:/usr/sbin
PG_BIN=$(pg_bin)

if [ "$build" = true ]; then
  dotnet build "$root/src/CustomerGraph.Api" -c Release -v quiet -nologo >/dev/null
fi
bin="$root/src/CustomerGraph.Api/bin/Release/net10.0"
[ -f "$bin/CustomerGraph.Api.dll" ] || { echo "cluster.sh: no build in $bin (drop --no-build)" >&2; exit 1; }

[ -n "$dir" ] || dir=$(mktemp -d /tmp/customergraph-cluster.XXXXXX)
mkdir -p "$dir/redis" "$dir/nginx"
chmod 755 "$dir"
chmod 777 "$dir/nginx"
pg_port=$((port + 1)) redis_port=$((port + 2))
host_pids=()

stop_all() {
  trap - EXIT INT TERM
  for pid in "${host_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  [ -f "$dir/nginx.pid" ] && kill -QUIT "$(cat "$dir/nginx.pid")" 2>/dev/null || true
  [ -f "$dir/redis.pid" ] && kill -TERM "$(cat "$dir/redis.pid")" 2>/dev/null || true
  for pid in "${host_pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  [ -f "$dir/pgdata/postmaster.pid" ] && as_postgres "$PG_BIN/pg_ctl" -D "$dir/pgdata" -m fast -w stop >/dev/null 2>&1
  [ "$keep_dir" = true ] || rm -rf "$dir"
  echo "cluster stopped" >&2
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# PostgreSQL: a fresh cluster owned by postgres, trust on loopback only.
mkdir -p "$dir/pgdata"
[ "$(id -u)" = 0 ] && chown postgres "$dir/pgdata" && touch "$dir/postgres.log" && chown postgres "$dir/postgres.log"
as_postgres "$PG_BIN/initdb" -D "$dir/pgdata" -U postgres -A trust -E UTF8 --no-sync >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$dir/pgdata" -l "$dir/postgres.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $dir/pgdata -c max_connections=200" start >/dev/null
as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE customergraph" >/dev/null

# Redis: append-only with fsync per write, so a restart keeps the budgets and persisted queries.
redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly yes --appendfsync always \
  --dir "$dir/redis" --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"

signing_key=$(head -c 32 /dev/urandom | base64)
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=customergraph;Timeout=5;Command Timeout=15"
cat >"$dir/cluster.env" <<ENV
BALANCER_URL=http://127.0.0.1:$port
PG_PORT=$pg_port
PG_BIN=$PG_BIN
REDIS_PORT=$redis_port
DATABASE_CONNECTION='$connection'
INSTANCES=$instances
HOST_PORTS='$(for i in $(seq "$instances"); do printf '%s ' $((port + 10 + i)); done)'
AUTH_ISSUER=https://cluster.customergraph.invalid
AUTH_AUDIENCE=customergraph-cluster
AUTH_SIGNING_KEY=$signing_key
ENV

start_host() {
  local i=$1
  (
    cd "$bin"
    export ASPNETCORE_ENVIRONMENT=Production
    export ASPNETCORE_URLS="http://127.0.0.1:$((port + 10 + i))"
    export Logging__LogLevel__Default=${Logging__LogLevel__Default:-Warning}
    export Database__Provider=PostgreSql
    export Database__ConnectionString="$connection"
    export Redis__Configuration="127.0.0.1:$redis_port"
    export Authentication__Issuer=https://cluster.customergraph.invalid
    export Authentication__Audience=customergraph-cluster
    export Authentication__SigningKey="$signing_key"
    exec dotnet CustomerGraph.Api.dll >>"$dir/host-$i.log" 2>&1
  ) &
  host_pids[i]=$!
  echo "${host_pids[i]}" >"$dir/host-$i.pid"
}

# All hosts start together: the migration lock decides which one migrates and seeds.
for i in $(seq "$instances"); do start_host "$i"; done

upstreams=$(for i in $(seq "$instances"); do
  printf '    server 127.0.0.1:%s max_fails=1 fail_timeout=2s;\n' $((port + 10 + i))
done)
cat >"$dir/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $dir/nginx/body;
  proxy_temp_path $dir/nginx/proxy;
  fastcgi_temp_path $dir/nginx/fastcgi;
  uwsgi_temp_path $dir/nginx/uwsgi;
  scgi_temp_path $dir/nginx/scgi;
  upstream customergraph {
$upstreams
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$port;
    client_max_body_size 2m;
    location / {
      proxy_pass http://customergraph;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      # An instance that refuses or drops the connection: GET (and any request not yet sent) goes to the next one.
      # nginx never resends a POST that reached an instance, since it may have written.
      proxy_next_upstream error timeout http_502;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 1s;
      proxy_read_timeout 40s;
      proxy_intercept_errors off;
    }
    error_page 502 @bad_gateway;
    error_page 504 @gateway_timeout;
    location @bad_gateway {
      default_type application/json;
      add_header Retry-After 1 always;
      return 502 '{"errors":[{"message":"The instance handling the request stopped before answering; a write it carried may or may not have been applied.","extensions":{"code":"BAD_GATEWAY"}}],"status":502,"code":"bad_gateway","message":"The instance handling the request stopped before answering; a write it carried may or may not have been applied."}';
    }
    location @gateway_timeout {
      default_type application/json;
      add_header Retry-After 1 always;
      return 504 '{"errors":[{"message":"No instance answered in time.","extensions":{"code":"GATEWAY_TIMEOUT"}}],"status":504,"code":"gateway_timeout","message":"No instance answered in time."}';
    }
  }
}
NGINX
nginx -c "$dir/nginx/nginx.conf" -p "$dir/nginx" -g "daemon on;" 2>>"$dir/nginx/error.log"

for i in $(seq "$instances"); do
  for attempt in $(seq 600); do
    curl -fsS -o /dev/null "http://127.0.0.1:$((port + 10 + i))/readyz" 2>/dev/null && break
    kill -0 "${host_pids[i]}" 2>/dev/null || { echo "host $i exited; its log:" >&2; cat "$dir/host-$i.log" >&2; exit 1; }
    [ "$attempt" = 600 ] && { echo "host $i not ready after 120 s; its log:" >&2; cat "$dir/host-$i.log" >&2; exit 1; }
    sleep 0.2
  done
done
touch "$dir/ready"
echo "CustomerGraph cluster of $instances instances at http://127.0.0.1:$port/graphql (state in $dir; Ctrl-C stops it)"

# Supervision: a host that exits (killed, crashed) is started again, like a service manager would.
while true; do
  sleep 0.3
  if [ -n "$parent_pid" ] && ! kill -0 "$parent_pid" 2>/dev/null; then exit 0; fi
  for i in $(seq "$instances"); do
    if ! kill -0 "${host_pids[i]}" 2>/dev/null; then
      wait "${host_pids[i]}" 2>/dev/null || true
      echo "host $i exited; starting it again" >&2
      start_host "$i"
    fi
  done
done
