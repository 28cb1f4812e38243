package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code MESSAGE_ADDED}; its purpose is in {@link #RULE}. */
final class MessageAdded implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "MESSAGE_ADDED",
          "A message exists only in the new schema. Compatible.",
          "Nothing to do; readers of the old schema never see the new message.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void message(Pairs.MessagePair pair, Findings out) {
    if (pair.writer() == null) {
      out.safe(RULE, pair.path(), out.readerAt(pair.reader().location()), "Message `" + pair.reader().relativeName() + "` was " + out.edit().readerOnly() + ".");
    }
  }
}
