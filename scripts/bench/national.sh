#!/usr/bin/env bash
# National report benchmark: `nsp report --national` on the whole data folder (25 regions; all norms, targets,
# the own-municipality variant and the urbanity classes), with a fixed heap. Target: the national run (after the
# data are read) under 60 s on the 2-core machine. Prints the JVM's own timings (import, national run wall and CPU,
# report writing), the peak heap after the import and the process's max RSS, the load average, and the headline.
#   Env: NSP_DATA_DIR (data folder), NATIONAL_HEAP (default 3g), NATIONAL_ARGS (extra flags, e.g. "--regions VR17").
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${NSP_DATA_DIR:-$root/../shared/data/nl}"
heap="${NATIONAL_HEAP:-3g}"
source "$root/scripts/lib/build.sh"
ensure_jar "$root"
out="$(mktemp -d /tmp/nsp-bench-national.XXXXXX)"
trap 'rm -rf "$out"' EXIT
load_before="$(cut -d' ' -f1 /proc/loadavg)"
start=$(date +%s.%N)
# shellcheck disable=SC2086
if [ -x /usr/bin/time ]; then
  NSP_JAVA_OPTS="-Xmx$heap" /usr/bin/time -f "%U %S %M" -o "$out/time.txt" \
    "$root/scripts/nsp" report --national --out "$out/report" --data-dir "$data" --json ${NATIONAL_ARGS:-} > "$out/summary.json"
else
  NSP_JAVA_OPTS="-Xmx$heap" "$root/scripts/nsp" report --national --out "$out/report" --data-dir "$data" --json \
    ${NATIONAL_ARGS:-} > "$out/summary.json"
fi
end=$(date +%s.%N)
python3 - "$out/summary.json" "$out/time.txt" "$start" "$end" "$heap" "$load_before" "$out/report" <<'PY'
import json, os, sys
j = json.load(open(sys.argv[1]))
t = j["timing"]
try:
    user, sys_s, rss = open(sys.argv[2]).read().split()[-3:]
    cpu, rss_mb = float(user) + float(sys_s), int(rss) / 1024
except (OSError, ValueError):
    cpu, rss_mb = float("nan"), float("nan")
wall = float(sys.argv[4]) - float(sys.argv[3])
html = os.path.getsize(os.path.join(sys.argv[7], "rapport.html")) / 1e6
print(f"national report benchmark: {j['regions']} regions, -Xmx{sys.argv[5]}, {os.cpu_count()} cores, "
      f"load average {sys.argv[6]} before / {os.getloadavg()[0]:.1f} after")
rows = [
    ("wall time, whole command (JVM start to exit)", f"{wall:8.1f} s"),
    ("  import of the data folder", f"{t['import_seconds']:8.1f} s"),
    ("  national run (target < 60 s)", f"{t['national_seconds']:8.1f} s"),
    ("    CPU time of the region threads", f"{t['national_cpu_seconds']:8.1f} s ({t['threads']} threads)"),
    ("  whole report (run, costs, outage, files)", f"{t['report_seconds']:8.1f} s"),
    ("    of which writing HTML and CSV", f"{t['write_seconds']:8.1f} s"),
    ("peak heap during the import", f"{t['import_peak_heap_mb']:8d} MB"),
    ("peak heap after the import (run + report)", f"{t['peak_heap_mb_after_import']:8d} MB"),
    ("max RSS of the process", f"{rss_mb:8.0f} MB"),
    ("CPU time of the process (user + system)", f"{cpu:8.1f} s"),
    ("rapport.html", f"{html:8.1f} MB"),
]
for k, v in rows:
    print(f"  {k:44s} {v}")
print(f"  headline {j['headline_norm']} at {100 * j['headline_target']:.0f} %: {j['nsp']} NSPs (lower bound "
      f"{j['nsp_lower_bound']}), rule of thumb {j['rule_of_thumb']}, {j['cp']} CPs, "
      f"one-off EUR {j['one_off_eur'] / 1e6:.1f} M, yearly EUR {j['yearly_eur'] / 1e6:.1f} M")
for norm, row in j["totals"].items():
    cells = "  ".join(f"{k}: {v['nsp']} [{v['lower_bound']}]" for k, v in row.items())
    print(f"  {norm:12s} {cells}")
PY
