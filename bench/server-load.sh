#!/usr/bin/env bash
# Load benchmark of the registry server: nodes started through ./treaty serve (the launcher's JVM
# defaults), wrk as the load generator. Prints a Markdown table for docs/benchmarks.md: start to
# ready, lookups by id against a bare endpoint, registrations on H2 and on one and two PostgreSQL
# nodes, resident memory after the load; with a previous commit, both builds side by side.
# Usage: bench/server-load.sh [seconds-per-run] [previous-commit]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
previous="${2:-}"
if ! command -v wrk >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
mvn -B -ntp -q -DskipTests package -pl registry-server -am
extra=()
if [[ -n "$previous" ]]; then
  # A scratch worktree of the older commit, built with its own launcher and jar.
  old="$(mktemp -d)/previous"
  git worktree add -q --detach "$old" "$previous"
  trap 'git worktree remove --force "$old"' EXIT
  (cd "$old" && mvn -B -ntp -q -DskipTests package -pl registry-server -am)
  extra=(-Dtreaty.bench.previous="$old" -Dtreaty.bench.previousName="$(git rev-parse --short "$previous")")
fi
mvn -B -ntp -q verify -pl registry-server -am -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtreaty.bench.seconds="$seconds" "${extra[@]}"
cat registry-server/target/load-benchmark.md
