#!/usr/bin/env bash
# Runs `buf breaking` (the oracle for the WIRE and WIRE_JSON rule sets) on every Protobuf case
# folder, under each of the two sets and in both directions, and writes buf's verdict into the case
# folder as buf-wire.txt and buf-wire-json.txt. BufVerdictsTest compares our findings with these files, so CI needs
# neither npm nor buf. Run from the compatibility module:  src/test/buf/regenerate-verdicts.sh
#
# buf comes from the npm package @bufbuild/buf, installed under target/buf unless BUF points at
# a buf binary already.
set -euo pipefail

BUF_VERSION=1.75.0
cd "$(dirname "$0")/../../.."
CASES=src/test/resources/cases/protobuf

if [[ -z "${BUF:-}" ]]; then
  if [[ ! -x target/buf/node_modules/.bin/buf ]]; then
    mkdir -p target/buf
    npm install --prefix target/buf --no-audit --no-fund "@bufbuild/buf@${BUF_VERSION}" >/dev/null
  fi
  BUF=$PWD/target/buf/node_modules/.bin/buf
fi
"$BUF" --version | grep -qx "$BUF_VERSION" || echo "warning: expected buf $BUF_VERSION" >&2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# module <case folder> <side> <rule set> <target dir>: a buf module holding the side's schema as
# schema.proto next to its references (refs/ and refs-<side>/).
module() {
  mkdir -p "$4"
  printf 'version: v2\nbreaking:\n  use:\n    - %s\n' "$3" > "$4/buf.yaml"
  cp "$1/$2.proto" "$4/schema.proto"
  if [[ -d "$1/refs" ]]; then cp -r "$1/refs/." "$4/"; fi
  if [[ -d "$1/refs-$2" ]]; then cp -r "$1/refs-$2/." "$4/"; fi
}

# verdict <direction> <current dir> <against dir>: one line per rule id buf reported.
verdict() {
  local out status=0
  out=$(cd "$work" && "$BUF" breaking "$2" --against "$3" --error-format=json 2>&1) || status=$?
  if [[ $status -ne 0 && $status -ne 100 ]]; then
    echo "buf failed ($status) on $case: $out" >&2
    exit 1
  fi
  local rules
  rules=$(grep -o '"type":"[A-Z_0-9]*"' <<<"$out" | sed 's/"type":"\(.*\)"/\1/' | sort -u || true)
  if grep -qx COMPILE <<<"$rules"; then
    echo "buf could not compile $case: $out" >&2
    exit 1
  fi
  if [[ -z "$rules" ]]; then
    echo "$1 COMPATIBLE"
  else
    sed "s/^/$1 BREAKING /" <<<"$rules"
  fi
}

count=0
# Optional argument: only cases whose folder path contains it.
for existing in $(find "$CASES" -path "*${1:-}*" -name existing.proto | sort); do
  case=$(dirname "$existing")
  for set_name in WIRE WIRE_JSON; do
    suffix=$(tr 'A-Z_' 'a-z-' <<<"$set_name")
    rm -rf "$work"/*
    module "$case" existing "$set_name" "$work/existing"
    module "$case" proposed "$set_name" "$work/proposed"
    {
      verdict BACKWARD proposed existing
      verdict FORWARD existing proposed
    } > "$case/buf-$suffix.txt"
    count=$((count + 1))
  done
done
echo "wrote $count buf verdicts"
