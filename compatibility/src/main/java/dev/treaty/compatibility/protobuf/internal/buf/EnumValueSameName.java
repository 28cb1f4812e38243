package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code ENUM_VALUE_SAME_NAME}; its purpose is in {@link #RULE}. */
final class EnumValueSameName implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "ENUM_VALUE_SAME_NAME",
          "An enum number lost its old name (JSON carries enum names); an alias keeping the "
              + "old name is fine.",
          "Keep the old name as an alias of the number (`option allow_alias = true;`).",
          ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void enumValue(Pairs.EnumValuePair pair, Findings out) {
    if (pair.reader().isEmpty()) {
      return;
    }
    for (var before : pair.writer()) {
      if (pair.reader().stream().noneMatch(after -> after.name().equals(before.name()))) {
        out.breaking(RULE, pair.path(), pair.located(), "Enum value " + pair.number() + " of `"
            + pair.enumPair().either().relativeName() + "` " + out.edit().says("lost its name `", "gained the name `") + before.name() + "`.");
      }
    }
  }
}
