package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code FIELD_STRING_OR_BYTES_LABEL_CHANGED}; its purpose is in {@link #RULE}. */
final class FieldStringOrBytesLabelChanged implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_STRING_OR_BYTES_LABEL_CHANGED",
          "A string or bytes field with an explicit label on both sides changed label. "
              + "Compatible for Confluent.",
          "Nothing to do for Confluent; note that singular and repeated string fields decode differently in some languages.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (LabelChange.changed(pair) && TypeDifferences.isStringOrBytes(pair.writer().type())) {
      out.safe(RULE, pair.path(), out.readerAt(pair.reader().location()), "The " + pair.describe() + " changed label "
          + out.edit().fromTo(pair.writer().label().display(), pair.reader().label().display()) + ".");
    }
  }
}
