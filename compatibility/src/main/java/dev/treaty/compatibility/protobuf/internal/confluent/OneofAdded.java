package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code ONEOF_ADDED}; its purpose is in {@link #RULE}. */
final class OneofAdded implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "ONEOF_ADDED",
          "A oneof name exists only in the new message. Compatible.",
          "Nothing to do; put only new field numbers in the new oneof.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void oneof(Pairs.OneofPair pair, Findings out) {
    if (pair.writer() == null) {
      out.safe(RULE, pair.path(), out.readerAt(pair.reader().location()), "Oneof `" + pair.reader().name() + "` was " + out.edit().says("added to", "removed from") + " `"
          + pair.message().reader().relativeName() + "`.");
    }
  }
}
