#!/usr/bin/env bash
# Runs Treaty's whole test suite on a fresh machine: installs what the tests need beyond
# Java 17 and Maven, then builds every module and runs every test.
set -euo pipefail
cd "$(dirname "$0")"

# The npm interop tests drive the server with Confluent's JavaScript client, and check Treaty's
# Kafka serdes byte for byte against Confluent's JavaScript serdes.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
(cd registry-server/src/test/npm && npm ci --no-audit --no-fund --loglevel=error)
(cd kafka/src/test/npm && npm ci --no-audit --no-fund --loglevel=error)

# The web UI's end-to-end tests drive headless Chromium through the system chromedriver.
if [ ! -x /usr/bin/chromedriver ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

exec mvn -B -ntp verify "$@"
