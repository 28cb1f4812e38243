package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code ONEOF_FIELD_MOVED_TO_TOP_LEVEL}; its purpose is in {@link #RULE}. */
final class OneofFieldMovedToTopLevel implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "ONEOF_FIELD_MOVED_TO_TOP_LEVEL",
          "A oneof member kept its number but is now an ordinary field. Compatible: "
              + "exclusivity only relaxes.",
          "Nothing to do for new readers; older readers still treat the field as exclusive with the other members.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.both() && pair.writer().inOneof() && !pair.reader().inOneof()) {
      out.safe(RULE, pair.path(), out.readerAt(pair.reader().location()),
          "The " + pair.describe() + " moved " + out.edit().says("out of", "into") + " oneof `" + pair.writer().oneof() + "`.");
    }
  }
}
