#!/usr/bin/env bash
# Benchmarks: runs every scripts/bench/*.sh section (or the ones named) and prints their tables.
#   scripts/bench.sh                 all sections
#   scripts/bench.sh import coverage only these
# Data directory: NSP_DATA_DIR, default ../shared/data/nl beside the checkout.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export NSP_DATA_DIR="${NSP_DATA_DIR:-$root/../shared/data/nl}"
source "$root/scripts/lib/build.sh"
ensure_jar "$root"
sections=("$@")
if [ ${#sections[@]} -eq 0 ]; then
  for f in "$root"/scripts/bench/*.sh; do sections+=("$(basename "$f" .sh)"); done
fi
echo "nsp-planner benchmarks — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "data: $NSP_DATA_DIR"
for s in "${sections[@]}"; do
  f="$root/scripts/bench/$s.sh"
  [ -f "$f" ] || { echo "no benchmark section '$s' (scripts/bench/$s.sh)" >&2; exit 2; }
  echo
  echo "== $s =="
  bash "$f"
done
