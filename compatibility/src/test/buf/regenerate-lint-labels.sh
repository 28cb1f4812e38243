#!/usr/bin/env bash
# Runs `buf lint` (the oracle for Treaty's BUF lint rules) with buf's STANDARD rules on every folder
# of src/test/resources/lint/buf, each a buf module of its own, and writes buf's findings into the
# folder as buf-lint.txt: one "file:line:column RULE_ID" line per finding (just "file RULE_ID" when
# buf gives no position). BufLintLabelsTest compares Treaty's findings with these files, so CI needs
# neither npm nor buf. Run from the compatibility module:  src/test/buf/regenerate-lint-labels.sh
set -euo pipefail

BUF_VERSION=1.75.0
cd "$(dirname "$0")/../../.."
CASES=src/test/resources/lint/buf

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

count=0
for case in "$CASES"/*/; do
  case=${case%/}
  rm -rf "${work:?}"/*
  cp "$case"/*.proto "$work/"
  printf 'version: v2\nlint:\n  use:\n    - STANDARD\n' > "$work/buf.yaml"
  status=0
  out=$(cd "$work" && "$BUF" lint --error-format=json 2>&1) || status=$?
  if [[ $status -ne 0 && $status -ne 100 ]]; then
    echo "buf failed ($status) on $case: $out" >&2
    exit 1
  fi
  if grep -q '"type":"COMPILE"' <<<"$out"; then
    echo "buf could not compile $case: $out" >&2
    exit 1
  fi
  { grep -v '^$' <<<"$out" || true; } | node -e '
    const lines = require("fs").readFileSync(0, "utf8").split("\n").filter(Boolean);
    for (const line of lines) {
      const f = JSON.parse(line);
      const at = f.start_line ? `${f.path}:${f.start_line}:${f.start_column}` : f.path;
      console.log(`${at} ${f.type}`);
    }' | sort > "$case/buf-lint.txt"
  count=$((count + 1))
done
echo "wrote $count buf lint label files"
