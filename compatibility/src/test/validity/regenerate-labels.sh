#!/usr/bin/env bash
# Labels the validity corpus (src/test/resources/validity/<format>/) with the reference tools'
# verdicts, written to labels.tsv beside the cases: ValidityCorpusTest compares Treaty's parsers
# with these files, so CI needs none of the tools. Run from anywhere:
#   compatibility/src/test/validity/regenerate-labels.sh [protobuf|json|avro]
#
#   protobuf  `buf build` (npm @bufbuild/buf) and `protoc` (the Maven artifact the maven-plugin
#             uses): a case either refuses is INVALID, with protoc's message and position, else
#             buf's (prefixed "buf:"); cases the two judge differently are listed on stderr.
#   json      ajv (npm) against the draft's meta-schema, with strict mode off and every pattern
#             compiled as ajv compiles it; an unresolvable $ref fails compilation.
#   avro      Avro's Java parser with name and default validation on (the library itself).
#
# A label line is `<case>\tVALID` or `<case>\tINVALID\t<line>:<column>\t<tool's message>`; the
# position is `-` where the tool gives none.
set -euo pipefail

BUF_VERSION=1.75.0
AJV_VERSION=8.17.1
AJV_DRAFT04_VERSION=1.0.0
cd "$(dirname "$0")/../../.."
MODULE=$PWD
CORPUS=$MODULE/src/test/resources/validity
TOOLS=$MODULE/target/validity-tools
mkdir -p "$TOOLS"
only=${1:-all}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

classpath() {
  if [[ ! -s "$TOOLS/classpath.txt" ]]; then
    (cd "$MODULE/.." && mvn -B -ntp -q -pl compatibility dependency:build-classpath \
      -Dmdep.outputFile="$TOOLS/classpath.txt" >/dev/null)
  fi
  cat "$TOOLS/classpath.txt"
}

label_protobuf() {
  if [[ ! -x "$TOOLS/node_modules/.bin/buf" ]]; then
    npm install --prefix "$TOOLS" --no-audit --no-fund "@bufbuild/buf@${BUF_VERSION}" >/dev/null
  fi
  local buf=$TOOLS/node_modules/.bin/buf
  local protobuf_version protoc
  protobuf_version=$(sed -n 's:.*<protobuf.version>\(.*\)</protobuf.version>.*:\1:p' "$MODULE/../pom.xml")
  protoc=$HOME/.m2/repository/com/google/protobuf/protoc/$protobuf_version/protoc-$protobuf_version-linux-x86_64.exe
  if [[ ! -f "$protoc" ]]; then
    (cd "$MODULE/.." && mvn -B -ntp -q dependency:get -Dtransitive=false \
      -Dartifact="com.google.protobuf:protoc:$protobuf_version:exe:linux-x86_64" >/dev/null)
  fi
  cp "$protoc" "$TOOLS/protoc" && chmod +x "$TOOLS/protoc"
  # The files Treaty builds in: google/protobuf (protobuf-java), google/type (common-protos), confluent.
  local includes=$work/includes
  mkdir -p "$includes"
  tr ':' '\n' <<<"$(classpath)" | grep -E 'protobuf-java-[0-9]|proto-google-common-protos' | while read -r jar; do
    (cd "$includes" && unzip -qo "$jar" 'google/protobuf/*.proto' 'google/type/*.proto' 2>/dev/null || true)
  done
  cp -r "$MODULE/src/main/resources/dev/treaty/compatibility/protobuf/builtin/." "$includes/"

  local out=$CORPUS/protobuf/labels.tsv
  : > "$out.tmp"
  for file in "$CORPUS"/protobuf/*.proto; do
    local name module buf_out protoc_out status
    name=$(basename "$file" .proto)
    module=$work/module && rm -rf "$module" && mkdir -p "$module"
    cp -r "$includes/google" "$includes/confluent" "$module/"
    rm -rf "$module/google/protobuf"   # buf has these built in and refuses a second copy
    printf 'version: v2\n' > "$module/buf.yaml"
    cp "$file" "$module/schema.proto"
    status=0
    buf_out=$(cd "$module" && "$buf" build --error-format=text 2>&1) || status=$?
    local protoc_status=0
    protoc_out=$(cd "$module" && "$TOOLS/protoc" -I. -I"$includes" --descriptor_set_out=/dev/null schema.proto 2>&1) \
      || protoc_status=$?
    if [[ $(( status == 0 )) != $(( protoc_status == 0 )) ]]; then
      echo "buf and protoc disagree on $name: buf: ${buf_out:-ok} / protoc: ${protoc_out:-ok}" >&2
    fi
    if [[ $status -eq 0 && $protoc_status -eq 0 ]]; then
      printf '%s\tVALID\n' "$name" >> "$out.tmp"
    else
      # protoc's message and position when it refuses (the reference for "protoc refuses"), else buf's.
      local first position message
      if [[ $protoc_status -ne 0 ]]; then
        first=$(grep -m1 '^schema.proto:' <<<"$protoc_out" || head -1 <<<"$protoc_out")
      else
        first=$(grep -m1 '^schema.proto:' <<<"$buf_out" || head -1 <<<"$buf_out")
        first=$(sed 's/^\(schema\.proto:[0-9]*:[0-9]*:\)\s*/\1buf: /' <<<"$first")
      fi
      position=$(sed -n 's/^schema\.proto:\([0-9]*\):\([0-9]*\):.*/\1:\2/p' <<<"$first")
      message=$(sed 's/^schema\.proto:[0-9]*:[0-9]*:\s*//' <<<"$first" | tr '\t' ' ')
      printf '%s\tINVALID\t%s\t%s\n' "$name" "${position:--}" "$message" >> "$out.tmp"
    fi
  done
  mv "$out.tmp" "$out"
  echo "labelled $(wc -l < "$out") Protobuf cases"
}

label_json() {
  if [[ ! -d "$TOOLS/node_modules/ajv-draft-04" ]]; then
    npm install --prefix "$TOOLS" --no-audit --no-fund "ajv@${AJV_VERSION}" "ajv-draft-04@${AJV_DRAFT04_VERSION}" >/dev/null
  fi
  NODE_PATH=$TOOLS/node_modules node "$MODULE/src/test/validity/label-json.js" "$CORPUS/json" > "$CORPUS/json/labels.tsv.tmp"
  mv "$CORPUS/json/labels.tsv.tmp" "$CORPUS/json/labels.tsv"
  echo "labelled $(wc -l < "$CORPUS/json/labels.tsv") JSON Schema cases"
}

label_avro() {
  java -cp "$(classpath)" "$MODULE/src/test/validity/LabelAvro.java" "$CORPUS/avro" > "$CORPUS/avro/labels.tsv.tmp"
  mv "$CORPUS/avro/labels.tsv.tmp" "$CORPUS/avro/labels.tsv"
  echo "labelled $(wc -l < "$CORPUS/avro/labels.tsv") Avro cases"
}

case $only in
  protobuf) label_protobuf ;;
  json) label_json ;;
  avro) label_avro ;;
  all) label_protobuf; label_json; label_avro ;;
  *) echo "usage: $0 [protobuf|json|avro]" >&2; exit 2 ;;
esac
