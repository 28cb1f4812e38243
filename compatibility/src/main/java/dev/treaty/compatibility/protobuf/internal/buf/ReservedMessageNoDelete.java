package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code RESERVED_MESSAGE_NO_DELETE}; its purpose is in {@link #RULE}. */
final class ReservedMessageNoDelete implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "RESERVED_MESSAGE_NO_DELETE",
          "A message dropped or narrowed a reserved range or name, so it could be reused.",
          "Keep every reserved number and name; add reservations, never remove them.",
          ProtobufRuleSet.WIRE, ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void message(Pairs.MessagePair pair, Findings out) {
    if (pair.both()) {
      ReservedDeletions.report(RULE, pair.writer().reserved(), pair.reader().reserved(), pair.path(),
          out.readerAt(pair.reader().location()), "message `" + pair.reader().relativeName() + "`", out);
    }
  }
}
