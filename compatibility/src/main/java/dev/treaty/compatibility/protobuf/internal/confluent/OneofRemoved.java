package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code ONEOF_REMOVED}; its purpose is in {@link #RULE}. */
final class OneofRemoved implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "ONEOF_REMOVED",
          "A oneof name exists only in the old message. Compatible (its members are judged "
              + "one by one).",
          "Nothing to do if its members stay as ordinary fields or are reserved.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void oneof(Pairs.OneofPair pair, Findings out) {
    if (pair.reader() == null) {
      out.safe(RULE, pair.path(), out.writerAt(pair.writer().location()), "Oneof `" + pair.writer().name() + "` was " + out.edit().says("removed from", "added to") + " `"
          + pair.message().writer().relativeName() + "`.");
    }
  }
}
