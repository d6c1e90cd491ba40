#!/usr/bin/env bash
# Optimiser benchmark: heuristic vs exact MIP on the real Rijnmond data, and p-median on OR-Library instances.
#   MCLP   CBS 100 m Rijnmond grid, all polling stations within the grid's bbox + 1 km, 1,000 m, p = 50/100/200
#   LSCP   same instance (cover every coverable cell)
#   pmed   CBS 500 m Rijnmond grid, same candidates, p = 100 (straight-line metres)
#   OR-Library pmed1..pmed40 when ORLIB_DIR holds pmedN.txt + pmedopt.txt (never committed; default
#   /work/cache/orlib), otherwise generated instances of the same format, heuristic vs exact.
# Inputs are generated into a temp dir (never the repository). Env: NSP_DATA (data dir), EXACT_LIMIT (s, default 300),
# ORLIB_DIR, SKIP_EXACT=1 (heuristic only), SKIP_ORLIB=1, ONLY="mclp-p100 lscp ..." (instance names),
# NSP_JAVA_OPTS (JVM options; default as scripts/nsp optimise).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
source "$root/scripts/lib/build.sh"
source "$root/scripts/lib/java-opts.sh"
ensure_cli "$root"
# the JVM options and launch scripts/nsp uses for optimise
opts="$(nsp_java_opts optimise) $(cli_launch "$root")"
data="${NSP_DATA:-$root/../shared/data/nl}"
limit="${EXACT_LIMIT:-300}"
orlib="${ORLIB_DIR:-/work/cache/orlib}"
tmp="$(mktemp -d /tmp/nsp-bench-optimise.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
python3 "$root/scripts/bench/optimise_prep.py" "$data" "$tmp"
results="$tmp/results.tsv"
: > "$results"

# run NAME MODE ARGS...: one CLI call, wall-clock timed, JSON kept
run() {
  local name="$1" mode="$2"; shift 2
  local t0 t1 out="$tmp/$name.$mode.json"
  t0=$(date +%s.%N)
  if java $opts optimise "$@" --json > "$out" 2> "$tmp/err.txt"; then
    t1=$(date +%s.%N)
    python3 - "$out" "$name" "$mode" "$t0" "$t1" >> "$results" <<'PY' || echo -e "$name\t$mode\tunreadable result" >> "$results"
import json, sys
j = json.load(open(sys.argv[1]))
wall = float(sys.argv[5]) - float(sys.argv[4])
f = lambda v: float(v)  # NaN/Infinity arrive as strings
print("\t".join([sys.argv[2], sys.argv[3] if j['method'] == sys.argv[3] else sys.argv[3] + "*",
                 f"{f(j['objective']):.1f}", f"{f(j['bound']):.1f}", f"{100*f(j['gap']):.4f}",
                 f"{f(j['seconds']):.2f}", f"{wall:.2f}", str(j['p']), j['status']]))
PY
  else
    echo -e "$name\t$mode\tfailed: $(head -c 200 "$tmp/err.txt" | tr '\n' ' ')" >> "$results"
  fi
}

both() {
  local name="$1"; shift
  case " ${ONLY:-$name} " in *" $name "*) ;; *) return 0 ;; esac
  run "$name" heuristic "$@"
  if [ "${SKIP_EXACT:-0}" != 1 ]; then
    run "$name" exact "$@" --exact --time-limit "$limit"
  fi
}

d100="--demand $tmp/demand100.csv --candidates $tmp/candidates.csv --radius 1000"
for p in 50 100 200; do
  both "mclp-p$p" --model mclp $d100 --p $p
done
both "lscp" --model lscp $d100
both "pmedian-500m-p100" --model pmedian --demand "$tmp/demand500.csv" --candidates "$tmp/candidates.csv" --p 100

echo
echo "Rijnmond (CBS 100 m / 500 m, $(($(wc -l < "$tmp/candidates.csv") - 1)) polling stations as candidates); exact limit ${limit}s"
python3 - "$results" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
by = {}
print(f"{'instance':<20} {'mode':<10} {'objective':>12} {'bound':>12} {'gap %':>8} {'solve s':>8} {'call s':>8} {'p':>4}  status")
for r in rows:
    if len(r) < 9:
        print(f"{r[0]:<20} {r[1]:<10} {r[2]}")
        continue
    print(f"{r[0]:<20} {r[1]:<10} {r[2]:>12} {r[3]:>12} {r[4]:>8} {r[5]:>8} {r[6]:>8} {r[7]:>4}  {r[8]}")
    by.setdefault(r[0], {})[r[1]] = r
print()
print(f"{'instance':<20} {'heur vs exact %':>16} {'speed-up':>9}")
for name, m in by.items():
    if "heuristic" in m and "exact" in m:  # only when the MIP returned its own solution
        h, e = float(m["heuristic"][2]), float(m["exact"][2])
        diff = 100 * abs(h - e) / max(abs(e), 1e-9)
        print(f"{name:<20} {diff:>16.4f} {float(m['exact'][5]) / max(float(m['heuristic'][5]), 1e-3):>8.1f}x")
PY

echo "(mode 'exact*' = the MIP found no solution in time; the heuristic selection is shown)"
echo
if [ "${SKIP_ORLIB:-0}" = 1 ]; then
  exit 0
elif [ -f "$orlib/pmedopt.txt" ] && [ -f "$orlib/pmed1.txt" ]; then
  echo "OR-Library p-median (files from $orlib; optimum from pmedopt.txt)"
  printf "%-8s %5s %4s %9s %9s %9s %8s %8s %8s\n" inst n p optimum objective bound "err %" "solve s" "call s"
  for i in $(seq 1 40); do
    f="$orlib/pmed$i.txt"
    [ -f "$f" ] || continue
    t0=$(date +%s.%N)
    java $opts optimise --model pmedian --orlib "$f" --json > "$tmp/or.json"
    t1=$(date +%s.%N)
    opt=$(awk -v k="pmed$i" '$1==k {print $2}' "$orlib/pmedopt.txt")
    python3 - "$tmp/or.json" "$i" "$opt" "$t0" "$t1" "$(head -1 "$f")" <<'PY'
import json, sys
j = json.load(open(sys.argv[1])); opt = float(sys.argv[3]); n = sys.argv[6].split()[0]
err = 100 * (j['objective'] - opt) / opt
print(f"pmed{sys.argv[2]:<4} {n:>5} {j['p']:>4} {opt:>9.0f} {j['objective']:>9.0f} {j['bound']:>9.0f} {err:>8.3f} "
      f"{j['seconds']:>8.2f} {float(sys.argv[5]) - float(sys.argv[4]):>8.2f}")
PY
  done
else
  echo "OR-Library files not found in $orlib: generated instances in the same format (random connected graphs), heuristic vs exact"
  printf "%-10s %5s %4s %10s %10s %8s %8s %8s\n" inst n p exact heuristic "err %" "heur s" "exact s"
  for spec in "100 5" "200 10" "300 20"; do
    set -- $spec
    f="$tmp/gen_$1_$2.txt"
    python3 - "$1" "$2" "$f" <<'PY'
import random, sys
n, p, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
r = random.Random(n * 1000 + p)
edges = [(i, i + 1, r.randint(1, 100)) for i in range(1, n)]
while len(edges) < 2 * n:
    i, j = r.randint(1, n), r.randint(1, n)
    if i != j:
        edges.append((i, j, r.randint(1, 100)))
with open(out, "w") as f:
    f.write(f" {n} {len(edges)} {p}\n")
    for e in edges:
        f.write(f" {e[0]} {e[1]} {e[2]}\n")
PY
    java $opts optimise --model pmedian --orlib "$f" --json > "$tmp/h.json"
    java $opts optimise --model pmedian --orlib "$f" --exact --time-limit "$limit" --json > "$tmp/e.json"
    python3 - "$tmp/h.json" "$tmp/e.json" "$1" "$2" <<'PY'
import json, sys
h, e = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
err = 100 * (h['objective'] - e['objective']) / e['objective']
print(f"gen{sys.argv[3]:<7} {sys.argv[3]:>5} {sys.argv[4]:>4} {e['objective']:>10.0f} {h['objective']:>10.0f} {err:>8.3f} {h['seconds']:>8.2f} {e['seconds']:>8.2f}")
PY
  done
fi
