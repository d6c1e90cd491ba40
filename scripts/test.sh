#!/usr/bin/env bash
# Runs the whole test suite: unit, integration on ../shared/data/nl, API and real-browser tests.
# Installs what the tests need from Debian's packages when it is missing (needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/deps.sh
ensure_debian_packages chromium chromium-driver postgresql postgresql-15-postgis-3 nodejs
# DOM-free front-end logic (no bundler, no npm packages)
node --test web/src/test/js/
exec mvn -B -ntp verify "$@"
