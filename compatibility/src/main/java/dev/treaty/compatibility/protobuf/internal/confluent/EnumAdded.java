package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code ENUM_ADDED}; its purpose is in {@link #RULE}. */
final class EnumAdded implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "ENUM_ADDED",
          "An enum exists only in the new schema. Compatible.",
          "Nothing to do; readers of the old schema never see the new enum.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void enumType(Pairs.EnumPair pair, Findings out) {
    if (pair.writer() == null) {
      out.safe(RULE, pair.path(), out.readerAt(pair.reader().location()), "Enum `" + pair.reader().relativeName() + "` was " + out.edit().readerOnly() + ".");
    }
  }
}
