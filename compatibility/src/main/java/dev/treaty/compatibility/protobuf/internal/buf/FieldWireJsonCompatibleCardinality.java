package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY}; its purpose is in {@link #RULE}. */
final class FieldWireJsonCompatibleCardinality implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY",
          "A field moved between singular, required, repeated and map (JSON arrays and "
              + "objects differ).",
          "Keep the cardinality (map stays map, repeated stays repeated); add a new field for the new one.",
          ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void extension(Pairs.FieldPair pair, Findings out) {
    field(pair, out);
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.both() && BufTypes.cardinality(pair.writer(), true) != BufTypes.cardinality(pair.reader(), true)) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "The " + pair.describe() + " changed cardinality "
          + out.edit().fromTo(BufTypes.cardinalityName(pair.writer()), BufTypes.cardinalityName(pair.reader())) + ".");
    }
  }
}
