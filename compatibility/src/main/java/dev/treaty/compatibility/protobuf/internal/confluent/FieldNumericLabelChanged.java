package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code FIELD_NUMERIC_LABEL_CHANGED}; its purpose is in {@link #RULE}. */
final class FieldNumericLabelChanged implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_NUMERIC_LABEL_CHANGED",
          "A numeric or enum field with an explicit label on both sides changed label (e.g. "
              + "optional to repeated). Breaking. Fields without a label are not compared.",
          "Keep the label; add a new field with a new number for the new cardinality.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (LabelChange.changed(pair) && !TypeDifferences.isStringOrBytes(pair.writer().type())) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "The " + pair.describe() + " changed label "
          + out.edit().fromTo(pair.writer().label().display(), pair.reader().label().display()) + ".");
    }
  }
}
