package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code ENUM_CONST_REMOVED}; its purpose is in {@link #RULE}. */
final class EnumConstRemoved implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "ENUM_CONST_REMOVED",
          "An enum number exists only in the old enum. Compatible for Confluent (unknown "
              + "numbers are kept as such).",
          "Reserve the number and name (`reserved 3; reserved \"GOLD\";`) instead of reusing them.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void enumValue(Pairs.EnumValuePair pair, Findings out) {
    if (pair.reader().isEmpty()) {
      out.safe(RULE, pair.path(), pair.located(), "Enum `" + pair.enumPair().either().relativeName()
          + "` " + out.edit().says("lost", "gained") + " value `" + pair.writerName() + "` (" + pair.number() + ").");
    }
  }
}
