#!/usr/bin/env bash
# Scale run of the registry server: 1,000 and 100,000 subjects of 3 versions each, seeded into
# H2, then start-up, GET /subjects, the UI's paged listing, lookups by id, registration latency,
# a 1,000-version subject judged TRANSITIVE, and memory; prints a Markdown table with the ratios.
# Usage: bench/scale-run.sh [seconds-per-run]
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
mvn -B -ntp -q -DskipTests package -pl registry-server -am
mvn -B -ntp -q verify -pl registry-server -am -Dtest=ScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtreaty.bench.seconds="${1:-10}" -DenableAssertions=false
cat registry-server/target/scale-benchmark.md
