#!/usr/bin/env bash
# Coverage engine benchmark: index build, one toggle (p50/p99/max over 2,000), full evaluation, peak heap,
# for the Rijnmond 100 m grid (970 polling stations) and the national PC4-spread layer (9,099 stations).
# Uses the jar built by scripts/bench.sh (or builds it); data from NSP_DATA_DIR (default ../shared/data/nl).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/scripts/lib/build.sh"
ensure_jar "$root"
export NSP_DATA_DIR="${NSP_DATA_DIR:-$root/../shared/data/nl}"
exec java ${NSP_BENCH_JAVA_OPTS:--Xmx2g} -jar "$root/backend/target/nsp-planner.jar" bench-coverage --data-dir "$NSP_DATA_DIR" "$@"
