package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code MESSAGE_REMOVED}; its purpose is in {@link #RULE}. */
final class MessageRemoved implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "MESSAGE_REMOVED",
          "A message (top-level or nested) exists only in the old schema; records of it "
              + "could no longer be read. Breaking, even if nothing used it.",
          "Keep the message (mark it `deprecated`) as long as records of it may exist.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void message(Pairs.MessagePair pair, Findings out) {
    if (pair.reader() == null) {
      out.breaking(RULE, pair.path(), out.writerAt(pair.writer().location()), "Message `" + pair.writer().relativeName() + "` was " + out.edit().writerOnly() + ".");
    }
  }
}
