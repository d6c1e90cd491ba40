#!/usr/bin/env bash
# Starts the NSP-planner map server in one command: builds the jar when needed, imports the data folder
# into the embedded store when the store is empty, starts the server and prints the URL.
#
#   scripts/run.sh [--port N] [--data-dir DIR] [--store DIR|postgis://user@host:port/db]
#
# Defaults: port 8080; data dir ../shared/data/nl beside the checkout (when present); store ./var/store
# inside the checkout. Stop with Ctrl-C.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/lib/build.sh"

usage() { sed -n '2,/^set /p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; }

port=8080
data_dir=""
store="$root/var/store"
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="${2:?--port needs a number}"; shift 2 ;;
    --port=*) port="${1#*=}"; shift ;;
    --data-dir) data_dir="${2:?--data-dir needs a folder}"; shift 2 ;;
    --data-dir=*) data_dir="${1#*=}"; shift ;;
    --store) store="${2:?--store needs a folder or a postgis:// location}"; shift 2 ;;
    --store=*) store="${1#*=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
  echo "run.sh: --port must be a number 1..65535, got '$port'" >&2; exit 2
fi
if [ -z "$data_dir" ] && [ -d "$root/../shared/data/nl" ]; then
  data_dir="$(cd "$root/../shared/data/nl" && pwd)"
fi
if [ -n "$data_dir" ] && [ ! -d "$data_dir" ]; then
  echo "run.sh: data folder '$data_dir' does not exist (see scripts/fetch-data.sh)" >&2; exit 2
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "run.sh: port $port is already in use; choose another with --port" >&2; exit 2
fi

ensure_jar "$root"
args=(serve --port "$port" --store "$store")
if [ -n "$data_dir" ]; then
  args+=(--data-dir "$data_dir")
  echo "NSP-planner: data folder $data_dir (imported once, when the store $store is empty)"
else
  echo "NSP-planner: no data folder given; serving what the store $store holds"
fi
echo "NSP-planner: starting on http://localhost:$port/  (Ctrl-C stops)"
exec java ${NSP_JAVA_OPTS:--Xmx2g} -jar "$root/backend/target/nsp-planner.jar" "${args[@]}"
