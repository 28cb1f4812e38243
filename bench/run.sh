#!/usr/bin/env bash
# Builds and runs the library benchmarks; prints a Markdown table for docs/benchmarks.md.
# Usage: bench/run.sh [--quick] [benchmark-regex]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -DskipTests package -pl bench -am
exec java -jar bench/target/treaty-benchmarks.jar "$@"
