package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code REQUIRED_FIELD_REMOVED}; its purpose is in {@link #RULE}. */
final class RequiredFieldRemoved implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "REQUIRED_FIELD_REMOVED",
          "A required field number disappeared; older readers still demand it. Breaking.",
          "Keep the required field (older readers demand it) until every reader has upgraded.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.reader() == null && pair.writer().isRequired()) {
      out.breaking(RULE, pair.path(), out.writerAt(pair.writer().location()), "The required " + pair.describe() + " was " + out.edit().writerOnly() + ".");
    }
  }
}
