#!/usr/bin/env bash
# Benchmark: `nsp import --json` on the full national data directory with a 1 GB heap.
# Prints wall time, the JVM's own import time and peak heap (from the JSON `timing` object) and the
# process's max RSS, plus the main totals. Usage: scripts/bench/import.sh [DATA_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${1:-$root/../shared/data/nl}"
source "$root/scripts/lib/build.sh"
ensure_jar "$root"
out="$(mktemp)"; tlog="$(mktemp)"
trap 'rm -f "$out" "$tlog"' EXIT
start=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
  NSP_JAVA_OPTS="-Xmx1g" /usr/bin/time -f "%U %S %M" -o "$tlog" "$root/scripts/nsp" import --data-dir "$data" --json >"$out"
else
  NSP_JAVA_OPTS="-Xmx1g" "$root/scripts/nsp" import --data-dir "$data" --json >"$out"
fi
end=$(date +%s.%N)
python3 - "$out" "$tlog" "$start" "$end" "$data" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
lines = open(sys.argv[2]).read().strip().splitlines()
parts = lines[-1].split() if lines else []
user, sys_s, rss_mb = (float(parts[0]), float(parts[1]), int(parts[2]) / 1024) if len(parts) == 3 else (float("nan"),) * 3
wall = float(sys.argv[4]) - float(sys.argv[3])
t = j["timing"]
import os
print(f"import benchmark: {sys.argv[5]} (-Xmx1g, {os.cpu_count()} cores, 1-min load average at end {os.getloadavg()[0]:.1f})")
print(f"  {'wall time (JVM start to exit)':34s} {wall:10.1f} s")
print(f"  {'import time (inside the JVM)':34s} {t['seconds']:10.1f} s")
print(f"  {'peak heap (sum of pool peaks)':34s} {t['peak_heap_mb']:10d} MB")
print(f"  {'max RSS':34s} {rss_mb:10.0f} MB")
print(f"  {'CPU time (user + system)':34s} {user + sys_s:10.1f} s")
print(f"  {'municipalities / regions':34s} {j['municipalities']:>6} / {j['regions']}")
print(f"  {'inhabitants_total':34s} {j['inhabitants_total']:10,}")
print(f"  {'demand_points (pc4)':34s} {j['demand_points']:10,}")
print(f"  {'demand_inhabitants_total':34s} {j['demand_inhabitants_total']:10,}")
for l in j["demand_layers"]:
    print(f"  {'layer ' + l['name']:34s} {l['points']:10,} points {l['inhabitants']:>12,} inhabitants")
print(f"  {'candidates':34s} {j['candidates']:10,}")
print(f"  {'rejected rows':34s} {len(j['rejected']):10,}")
PY
