package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code MESSAGE_SAME_REQUIRED_FIELDS}; its purpose is in {@link #RULE}. */
final class MessageSameRequiredFields implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "MESSAGE_SAME_REQUIRED_FIELDS",
          "A required field was added or removed, or a field became or stopped being "
              + "required.",
          "Leave `required` fields as they are; add new fields as optional.",
          ProtobufRuleSet.WIRE, ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    boolean before = pair.writer() != null && pair.writer().isRequired();
    boolean after = pair.reader() != null && pair.reader().isRequired();
    if (before != after && pair.message().both()) {
      Findings.Located location = pair.reader() != null ? out.readerAt(pair.reader().location())
          : out.writerAt(pair.writer().location());
      out.breaking(RULE, pair.path(), location, "The " + pair.describe() + (after == out.edit().later(false, true) ? " is now required." : " is no longer required."));
    }
  }
}
