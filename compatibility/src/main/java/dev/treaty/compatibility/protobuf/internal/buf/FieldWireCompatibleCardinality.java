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
          "Keep the cardinality; add a new field with a new number for the new one.",
          ProtobufRuleSet.WIRE);

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
    if (pair.both() && BufTypes.cardinality(pair.writer(), false) != BufTypes.cardinality(pair.reader(), false)) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "The " + pair.describe() + " changed cardinality "
          + out.edit().fromTo(BufTypes.cardinalityName(pair.writer()), BufTypes.cardinalityName(pair.reader())) + ".");
    }
  }
}
