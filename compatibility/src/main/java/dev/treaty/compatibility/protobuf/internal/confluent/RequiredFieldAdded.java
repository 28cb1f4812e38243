package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code REQUIRED_FIELD_ADDED}; its purpose is in {@link #RULE}. */
final class RequiredFieldAdded implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "REQUIRED_FIELD_ADDED",
          "A new field number is required; data written without it cannot be read. "
              + "Breaking.",
          "Add the field as optional; proto2 `required` can never be added safely.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.writer() == null && pair.reader().isRequired()) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "The required " + pair.describe() + " was " + out.edit().readerOnly() + ".");
    }
  }
}
