package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code FIELD_WIRE_COMPATIBLE_CARDINALITY}; its purpose is in {@link #RULE}. */
final class FieldWireCompatibleCardinality implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_WIRE_COMPATIBLE_CARDINALITY",
          "A field moved between singular, required and repeated (maps count as repeated).",
          ProtobufRuleSet.WIRE);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.both() && BufTypes.cardinality(pair.writer(), false) != BufTypes.cardinality(pair.reader(), false)) {
      out.breaking(RULE, pair.path(), pair.reader().location(), "The " + pair.describe() + " changed cardinality from "
          + BufTypes.cardinalityName(pair.writer()) + " to " + BufTypes.cardinalityName(pair.reader()) + ".");
    }
  }
}
