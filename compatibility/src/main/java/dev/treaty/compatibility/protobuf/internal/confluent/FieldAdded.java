package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code FIELD_ADDED}; its purpose is in {@link #RULE}. */
final class FieldAdded implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_ADDED",
          "A new field number that is neither required nor in a oneof. Compatible: readers "
              + "skip unknown fields and default missing ones.",
          "Nothing to do; readers skip unknown fields and default missing ones.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.writer() == null && !pair.reader().isRequired() && !pair.reader().inOneof()) {
      out.safe(RULE, pair.path(), out.readerAt(pair.reader().location()), "The " + pair.describe() + " was " + out.edit().readerOnly() + ".");
    }
  }
}
