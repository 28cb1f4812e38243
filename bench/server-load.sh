#!/usr/bin/env bash
# Load benchmark of the registry server (wrk from Debian): reads by id against a bare Javalin
# endpoint, registrations per second on H2 and PostgreSQL, startup time and idle memory.
# Prints a Markdown table for docs/benchmarks.md. Usage: bench/server-load.sh [seconds-per-run]
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
mvn -B -ntp -q -DskipTests package -pl registry-server -am
mvn -B -ntp -q verify -pl registry-server -am -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtreaty.bench.seconds="${1:-15}"
cat registry-server/target/load-benchmark.md
