package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code ENUM_CONST_ADDED}; its purpose is in {@link #RULE}. */
final class EnumConstAdded implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "ENUM_CONST_ADDED",
          "An enum number exists only in the new enum. Compatible.",
          "Nothing to do for new readers; add values at the end and make sure older consumers handle unknown values.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void enumValue(Pairs.EnumValuePair pair, Findings out) {
    if (pair.writer().isEmpty()) {
      out.safe(RULE, pair.path(), pair.located(), "Enum `" + pair.enumPair().either().relativeName()
          + "` " + out.edit().says("gained", "lost") + " value `" + pair.readerName() + "` (" + pair.number() + ").");
    }
  }
}
