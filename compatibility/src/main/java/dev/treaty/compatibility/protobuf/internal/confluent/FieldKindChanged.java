package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code FIELD_KIND_CHANGED}; its purpose is in {@link #RULE}. */
final class FieldKindChanged implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_KIND_CHANGED",
          "The same field number moved between scalar (enums included), message and map. "
              + "Breaking.",
          "Keep the field's number and kind; add a new field with a new number for the new kind and reserve the old one when it goes.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.both() && TypeDifferences.between(pair.writer().type(), pair.reader().type()).contains(TypeDifferences.Difference.KIND)) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "The " + pair.describe() + " changed kind, "
          + out.edit().fromTo(pair.writer().type().display(), pair.reader().type().display()) + ".");
    }
  }
}
