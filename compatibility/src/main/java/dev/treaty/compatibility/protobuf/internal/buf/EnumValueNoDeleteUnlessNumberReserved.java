package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED}; its purpose is in {@link #RULE}. */
final class EnumValueNoDeleteUnlessNumberReserved implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED",
          "An enum value disappeared without its number being reserved.",
          "Reserve the value's number (`reserved 3;`) when you delete it.",
          ProtobufRuleSet.WIRE, ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void enumValue(Pairs.EnumValuePair pair, Findings out) {
    if (pair.reader().isEmpty() && !pair.enumPair().reader().reserved().reservesNumber(pair.number())) {
      out.breaking(RULE, pair.path(), pair.located(), "Enum value `" + pair.writerName() + "` (" + pair.number()
          + ") of `" + pair.enumPair().either().relativeName() + "` was " + out.edit().says("deleted without reserving its number.", "added; the earlier schema neither declares nor reserves its number."));
    }
  }
}
