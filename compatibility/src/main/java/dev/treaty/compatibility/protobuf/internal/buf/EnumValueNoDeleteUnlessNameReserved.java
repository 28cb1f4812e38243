package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED}; its purpose is in {@link #RULE}. */
final class EnumValueNoDeleteUnlessNameReserved implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED",
          "An enum value disappeared without its name being reserved; JSON uses enum names.",
          "Reserve the value's name (`reserved \"GOLD\";`) when you delete it.",
          ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void enumValue(Pairs.EnumValuePair pair, Findings out) {
    if (pair.reader().isEmpty() && !pair.enumPair().reader().reserved().names().contains(pair.writerName())) {
      out.breaking(RULE, pair.path(), pair.located(), "Enum value `" + pair.writerName() + "` (" + pair.number()
          + ") of `" + pair.enumPair().either().relativeName() + "` was " + out.edit().says("deleted without reserving its name.", "added; the earlier schema neither declares nor reserves its name."));
    }
  }
}
