#!/usr/bin/env bash
# Runs the PostGIS tests (PostgisStoreIT, PostgisServerIT) against a throwaway PostgreSQL + PostGIS cluster in a
# temp dir, which is stopped and removed afterwards, whatever happens. Installs postgresql and postgresql-15-postgis-3
# from Debian's packages when missing (needs root or sudo). Extra arguments go to Maven (e.g. -o).
# Usage: scripts/test-postgis.sh [MAVEN_ARGS...]   (PGPORT=55432 by default)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source scripts/lib/deps.sh
ensure_debian_packages postgresql postgresql-15-postgis-3
PGBIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
PGPORT="${PGPORT:-55432}"
PGTMP="$(mktemp -d /tmp/nsp-pgtest.XXXXXX)"
as_postgres=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$PGTMP"
  as_postgres=(runuser -u postgres --)
fi
stop() {
  if [ -f "$PGTMP/data/postmaster.pid" ]; then
    "${as_postgres[@]}" "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$PGTMP"
}
trap stop EXIT
echo "throwaway PostGIS cluster: $PGTMP, port $PGPORT ($PGBIN)" >&2
"${as_postgres[@]}" "$PGBIN/initdb" -D "$PGTMP/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$PGTMP/initdb.log"
"${as_postgres[@]}" "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w \
  -o "-p $PGPORT -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
"$PGBIN/psql" -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -c "CREATE DATABASE gis"
"$PGBIN/psql" -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d gis -c "CREATE EXTENSION postgis"
mvn -B -ntp "$@" verify '-Dit.test=Postgis*IT' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false "-Dnsp.test.postgis=postgis://postgres@127.0.0.1:$PGPORT/gis"
