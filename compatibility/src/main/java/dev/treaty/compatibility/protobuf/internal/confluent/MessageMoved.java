package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code MESSAGE_MOVED}; its purpose is in {@link #RULE}. */
final class MessageMoved implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "MESSAGE_MOVED",
          "A message kept its name but changed position among its siblings, so its message "
              + "index changed. Compatible: old records keep their own schema id.",
          "Nothing to do for stored records; add new messages after the existing ones to keep message indexes stable.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void message(Pairs.MessagePair pair, Findings out) {
    if (pair.both() && pair.writer().siblingIndex() != pair.reader().siblingIndex()) {
      out.safe(RULE, pair.path(), out.readerAt(pair.reader().location()),
          "Message `" + pair.reader().relativeName() + "` moved " + out.edit().fromTo("position " + pair.writer().siblingIndex(), "position " + pair.reader().siblingIndex())
              + " among its siblings.");
    }
  }
}
