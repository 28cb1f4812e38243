package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code ENUM_CONST_CHANGED}; its purpose is in {@link #RULE}. */
final class EnumConstChanged implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "ENUM_CONST_CHANGED",
          "The same enum number has a different name. Compatible on the wire.",
          "Nothing to do on the wire; for JSON keep the old name as an alias (`option allow_alias = true;`).",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void enumValue(Pairs.EnumValuePair pair, Findings out) {
    if (!pair.writer().isEmpty() && !pair.reader().isEmpty() && !pair.writerName().equals(pair.readerName())) {
      out.safe(RULE, pair.path(), pair.located(), "Enum `" + pair.enumPair().either().relativeName() + "` value "
          + pair.number() + " was renamed " + out.edit().fromTo("`" + pair.writerName() + "`", "`" + pair.readerName() + "`") + ".");
    }
  }
}
