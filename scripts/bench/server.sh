#!/usr/bin/env bash
# Server load test (issue 7): the map server in the server mode on the real data (NSP_DATA_DIR, default
# ../shared/data/nl), 50 simulated planners (NSP_BENCH_USERS), each logged in to its own region (two per region),
# editing and reading their scenarios for 60 s (NSP_BENCH_SECONDS), pausing 0..2 s after each request
# (NSP_BENCH_THINK_MS=2000); reports requests, statuses, p50/p95/p99 per
# endpoint, the p99 of the statistics endpoints against the 50 ms target, and checks that no save was lost.
# Store: a throwaway PostgreSQL/PostGIS cluster in a temp dir with fsync on (NSP_BENCH_STORE=postgis, the default),
# or the embedded store with accounts (NSP_BENCH_STORE=embedded). Localhost only; everything is removed afterwards.
# NSP_BENCH_PROFILE=FILE records the server with Java Flight Recorder during the test.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/scripts/lib/build.sh"
ensure_jar "$root"
jar="$root/backend/target/nsp-planner.jar"
data="${NSP_DATA_DIR:-$root/../shared/data/nl}"
users="${NSP_BENCH_USERS:-50}"
seconds="${NSP_BENCH_SECONDS:-60}"
think="${NSP_BENCH_THINK_MS:-2000}"
kind="${NSP_BENCH_STORE:-postgis}"
tmp="$(mktemp -d /tmp/nsp-bench-server.XXXXXX)"
pg=""
server_pid=""
as_postgres=()
PGBIN=""
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; fi
  if [ -n "$pg" ] && [ -f "$pg/data/postmaster.pid" ]; then
    "${as_postgres[@]}" "$PGBIN/pg_ctl" -D "$pg/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$tmp" ${pg:+"$pg"}
}
trap cleanup EXIT
NSP_BENCH_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
export NSP_BENCH_PASSWORD

case "$kind" in
  postgis)
    source "$root/scripts/lib/deps.sh"
    ensure_debian_packages postgresql postgresql-15-postgis-3
    PGBIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
    pgport="$(free_port)"
    pg="$(mktemp -d /tmp/nsp-bench-pg.XXXXXX)"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$pg"; as_postgres=(runuser -u postgres --); fi
    "${as_postgres[@]}" "$PGBIN/initdb" -D "$pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$pg/initdb.log"
    # PostgreSQL's defaults: fsync, full_page_writes and synchronous_commit on
    "${as_postgres[@]}" "$PGBIN/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w \
      -o "-p $pgport -k $pg -c listen_addresses=127.0.0.1" start >/dev/null
    "$PGBIN/psql" -q -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -c "CREATE DATABASE gis"
    "$PGBIN/psql" -q -h 127.0.0.1 -p "$pgport" -U postgres -d gis -c "CREATE EXTENSION postgis"
    store="postgis://postgres@127.0.0.1:$pgport/gis"
    echo "store: throwaway PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') + PostGIS on port $pgport (fsync on)" ;;
  embedded)
    store="$tmp/store"
    echo "store: embedded H2GIS in $store" ;;
  *) echo "server.sh: NSP_BENCH_STORE must be postgis or embedded, got '$kind'" >&2; exit 2 ;;
esac

java -jar "$jar" bench-server prepare --store "$store" --users "$users" | sed 's/^/  /'
port="$(free_port)"
start=$(date +%s)
java ${NSP_BENCH_SERVER_JAVA_OPTS:--Xmx3g} -Dnsp.security.enabled=true -jar "$jar" serve --port "$port" --store "$store" \
  --data-dir "$data" >"$tmp/server.log" 2>&1 &
server_pid=$!
until grep -q "NSP-planner is ready" "$tmp/server.log"; do
  if ! kill -0 "$server_pid" 2>/dev/null; then echo "the server stopped:" >&2; tail -40 "$tmp/server.log" >&2; exit 1; fi
  if [ $(( $(date +%s) - start )) -gt 900 ]; then echo "the server was not ready within 900 s" >&2; exit 1; fi
  sleep 1
done
echo "server ready after $(( $(date +%s) - start )) s: $(grep -o 'imported .* ms (read [0-9]* ms, store [0-9]* ms)' "$tmp/server.log" | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
if [ -n "${NSP_BENCH_PROFILE:-}" ]; then
  # a JFR recording of the server during the load test (jfr print --events jdk.ExecutionSample FILE)
  jcmd "$server_pid" JFR.start settings=profile "duration=$(( seconds + 30 ))s" "filename=$NSP_BENCH_PROFILE" >/dev/null
fi
ticks_before="$(cpu_ticks "$server_pid")"
run_start=$(date +%s.%N)
set +e
java -Xmx1g -jar "$jar" bench-server run --url "http://127.0.0.1:$port/" --users "$users" --seconds "$seconds" \
  --think-ms "$think" --warm-up-seconds "${NSP_BENCH_WARMUP_SECONDS:-20}"
if [ -n "${NSP_BENCH_PROFILE:-}" ]; then jcmd "$server_pid" JFR.dump "filename=$NSP_BENCH_PROFILE" >/dev/null || true; fi
rc=$?
set -e
python3 - "$ticks_before" "$(cpu_ticks "$server_pid")" "$(getconf CLK_TCK)" "$run_start" "$(date +%s.%N)" <<'PY'
import sys
before, after, hz, t0, t1 = (float(v) for v in sys.argv[1:])
cpu = (after - before) / hz
print(f"server CPU during the run (log-ins, warm-up and measured part): {cpu:.1f} s in {t1 - t0:.0f} s wall "
      f"({100 * cpu / (t1 - t0):.0f}% of one core)")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if grep -q " ERROR " "$tmp/server.log"; then
  echo "server log errors:"; grep " ERROR " "$tmp/server.log" | head -5
fi
exit $rc
