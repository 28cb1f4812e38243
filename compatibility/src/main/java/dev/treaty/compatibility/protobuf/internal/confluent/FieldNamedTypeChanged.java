package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code FIELD_NAMED_TYPE_CHANGED}; its purpose is in {@link #RULE}. */
final class FieldNamedTypeChanged implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_NAMED_TYPE_CHANGED",
          "A message-typed field now refers to a message with another package-relative "
              + "name. Breaking.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.both() && TypeDifferences.between(pair.writer().type(), pair.reader().type()).contains(TypeDifferences.Difference.NAMED_TYPE)) {
      out.breaking(RULE, pair.path(), pair.reader().location(), "The " + pair.describe() + " changed message type from `"
          + pair.writer().type().display() + "` to `" + pair.reader().type().display() + "`.");
    }
  }
}
