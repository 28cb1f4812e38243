package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code ENUM_REMOVED}; its purpose is in {@link #RULE}. */
final class EnumRemoved implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "ENUM_REMOVED",
          "An enum exists only in the old schema. Compatible for Confluent (fields using it "
              + "would show up as type changes).",
          "Nothing to do if no field uses it; otherwise keep the enum.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void enumType(Pairs.EnumPair pair, Findings out) {
    if (pair.reader() == null) {
      out.safe(RULE, pair.path(), out.writerAt(pair.writer().location()), "Enum `" + pair.writer().relativeName() + "` was " + out.edit().writerOnly() + ".");
    }
  }
}
