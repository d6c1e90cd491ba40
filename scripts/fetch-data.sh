#!/usr/bin/env bash
# Gets the input data for NSP-planner into a local folder outside the repository.
#
#   scripts/fetch-data.sh DIR                       download the official CBS/PDOK products and the
#                                                   polling-station list (needs internet)
#   scripts/fetch-data.sh --from ../shared/data/nl DIR   copy a prepared data folder into DIR
#
# Then start the map with: scripts/run.sh --data-dir DIR
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

usage() { sed -n '2,/^set /p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; }

# Official products (2024 data). CBS publishes new versions under new names; adjust when a link moves.
WIJKBUURTKAART_URL="https://geodata.cbs.nl/files/Wijkenbuurtkaart/WijkBuurtkaart_2024_v2.zip"
VK100_URL="https://download.cbs.nl/vierkant/100/2025-cbs_vk100_2024_v1.zip"
VK500_URL="https://download.cbs.nl/vierkant/500/2025-cbs_vk500_2024_v1.zip"
PC4_URL="https://download.cbs.nl/postcode/2025-cbs_pc4_2024_v1.zip"
# Kiesraad / Waar is mijn stemlokaal: polling stations of the Tweede Kamer election of 22 Nov 2023 (CKAN)
STEMLOKALEN_CKAN="https://data.waarismijnstemlokaal.nl/api/3/action/package_show?id=stembureaus-tweede-kamerverkiezingen-2023"

from=""
dest=""
while [ $# -gt 0 ]; do
  case "$1" in
    --from) from="${2:?--from needs a folder}"; shift 2 ;;
    --from=*) from="${1#*=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "fetch-data.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    *) [ -z "$dest" ] || { echo "fetch-data.sh: give one destination folder" >&2; exit 2; }; dest="$1"; shift ;;
  esac
done
[ -n "$dest" ] || { usage >&2; exit 2; }
dest="$(realpath -m "$dest")"
case "$dest/" in
  "$root"/*) echo "fetch-data.sh: $dest lies inside the repository; choose a folder outside it (data is never committed)" >&2; exit 2 ;;
esac
mkdir -p "$dest"

if [ -n "$from" ]; then
  [ -d "$from" ] || { echo "fetch-data.sh: '$from' is not a folder" >&2; exit 2; }
  cp -r "$from"/. "$dest"/
  chmod -R u+w "$dest"
  echo "copied $(find "$dest" -type f | wc -l) files from $from to $dest"
  echo "next: scripts/run.sh --data-dir $dest"
  exit 0
fi

command -v curl >/dev/null || { echo "fetch-data.sh: curl is needed" >&2; exit 2; }
command -v unzip >/dev/null || { echo "fetch-data.sh: unzip is needed" >&2; exit 2; }
if ! curl -fsS -I --max-time 15 "https://download.cbs.nl/" >/dev/null 2>&1; then
  cat >&2 <<MSG
fetch-data.sh: cannot reach download.cbs.nl — this machine seems to be offline.
Either run this script on a machine with internet and copy the folder over, or copy a prepared
folder:  scripts/fetch-data.sh --from ../shared/data/nl $dest
MSG
  exit 3
fi

fetch_zip() { # url name
  local url="$1" zip="$dest/$(basename "$1")"
  echo "downloading $2: $url"
  curl -fL --retry 2 --progress-bar -o "$zip" "$url"
  unzip -o -q "$zip" -d "$dest/$2"
  rm -f "$zip"
}
fetch_zip "$WIJKBUURTKAART_URL" wijkbuurtkaart_2024
fetch_zip "$VK100_URL" cbs_vk100_2024
fetch_zip "$VK500_URL" cbs_vk500_2024
fetch_zip "$PC4_URL" cbs_pc4_2024

echo "looking up the polling-station list: $STEMLOKALEN_CKAN"
csv_url="$(curl -fsS --max-time 30 "$STEMLOKALEN_CKAN" | python3 -c '
import json, sys
pkg = json.load(sys.stdin)["result"]
for r in pkg["resources"]:
    if r.get("format", "").lower() == "csv" or r.get("url", "").lower().endswith(".csv"):
        print(r["url"]); break
' || true)"
if [ -n "$csv_url" ]; then
  curl -fL --retry 2 --progress-bar -o "$dest/stemlokalen_tk2023.csv" "$csv_url"
else
  echo "could not find the polling-station CSV; download it from https://data.waarismijnstemlokaal.nl/ (Tweede Kamer 2023) as $dest/stemlokalen_tk2023.csv" >&2
fi

cat <<MSG
done: $dest
Not downloadable as one file: the municipality -> safety region table (CBS 'Gebieden in Nederland 2024').
Copy gemeente_veiligheidsregio_2024.csv from a prepared folder (see ../shared/data/nl/SOURCES.md) into $dest.
next: scripts/run.sh --data-dir $dest
MSG
