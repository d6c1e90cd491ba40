#!/usr/bin/env bash
# Network distance benchmark: GraphHopper import, cache load, heap, snapping and 1,000 m shortest-path trees
# on the Watergraafsmeer test extract and on synthetic street grids (N x N junctions 50 m apart).
# Usage: scripts/bench/network.sh [osm FILE | grid N]...   (default: the test extract, grids 100, 300, 600)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${NSP_DATA_DIR:-$root/../shared/data/nl}"
work="$(mktemp -d "${TMPDIR:-/tmp}/nsp-network-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cd "$root"
mvn -B -ntp -q -pl backend -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
cp="$root/backend/target/test-classes:$root/backend/target/classes:$(cat "$work/cp.txt")"
if [ $# -eq 0 ]; then
  set -- osm "$data/osm_amsterdam_watergraafsmeer_testfixture_2016.osm.pbf" grid 100 grid 300 grid 600
fi
echo "20,000 random demand points and 200 sites over each network's bounding box; foot; cutoff 1,000 m."
java ${NSP_BENCH_JAVA_OPTS:--Xmx3g} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -Dcom.google.protobuf.use_unsafe_pre22_gencode=true \
    -cp "$cp" nl.nsp.planner.reach.network.NetworkBench "$work" "$@" 2>&1 \
  | grep -v -E '^[0-9:.]+ \[[^]]*\] (INFO|DEBUG) |protobuf|^As of 2022|^WARNING: Vulnerable|^Nov |^[A-Z][a-z]{2} [0-9]+, [0-9]{4}' || true
