package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code ONEOF_FIELD_ADDED}; its purpose is in {@link #RULE}. */
final class OneofFieldAdded implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "ONEOF_FIELD_ADDED",
          "A new field number sits in a oneof. Compatible.",
          "Nothing to do; readers of the old schema skip the unknown member.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.writer() == null && pair.reader().inOneof() && !pair.reader().isRequired()) {
      out.safe(RULE, pair.path(), out.readerAt(pair.reader().location()),
          "The " + pair.describe() + " was " + out.edit().says("added to", "removed from") + " oneof `" + pair.reader().oneof() + "`.");
    }
  }
}
