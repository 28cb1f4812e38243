package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code FIELD_SCALAR_KIND_CHANGED}; its purpose is in {@link #RULE}. */
final class FieldScalarKindChanged implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_SCALAR_KIND_CHANGED",
          "A scalar field changed type across wire groups (e.g. int32 to string, int32 to "
              + "sint32). Breaking.",
          "Keep the type, or change it only within its wire group (int32/uint32/int64/uint64/bool, sint32/sint64, fixed32/sfixed32, fixed64/sfixed64, string/bytes); add a new field otherwise.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.both() && TypeDifferences.between(pair.writer().type(), pair.reader().type()).contains(TypeDifferences.Difference.SCALAR_GROUP)) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "The " + pair.describe() + " changed type "
          + out.edit().fromTo(pair.writer().type().display(), pair.reader().type().display()) + ".");
    }
  }
}
