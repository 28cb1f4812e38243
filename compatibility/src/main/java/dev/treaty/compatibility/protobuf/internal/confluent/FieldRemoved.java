package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code FIELD_REMOVED}; its purpose is in {@link #RULE}. */
final class FieldRemoved implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_REMOVED",
          "A field number that was neither required nor in a oneof disappeared. Compatible "
              + "for Confluent.",
          "Reserve the field's number and name (`reserved 5; reserved \"name\";`) so neither is reused.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.reader() == null && !pair.writer().isRequired() && !pair.writer().inOneof()) {
      out.safe(RULE, pair.path(), out.writerAt(pair.writer().location()), "The " + pair.describe() + " was " + out.edit().writerOnly() + ".");
    }
  }
}
