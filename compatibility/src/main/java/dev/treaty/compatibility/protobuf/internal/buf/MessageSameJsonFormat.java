package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code MESSAGE_SAME_JSON_FORMAT}; its purpose is in {@link #RULE}. */
final class MessageSameJsonFormat implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "MESSAGE_SAME_JSON_FORMAT",
          "A message lost full JSON support (proto3 to proto2, whose JSON mapping is best- "
              + "effort only).",
          "Keep the file's syntax (proto3 stays proto3).",
          ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void message(Pairs.MessagePair pair, Findings out) {
    if (pair.both() && pair.writer().proto3() && !pair.reader().proto3()) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()),
          "Message `" + pair.reader().relativeName() + "` moved " + out.edit().fromTo("proto3", "proto2") + " JSON handling.");
    }
  }
}
