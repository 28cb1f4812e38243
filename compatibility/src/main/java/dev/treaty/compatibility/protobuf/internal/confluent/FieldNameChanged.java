package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code FIELD_NAME_CHANGED}; its purpose is in {@link #RULE}. */
final class FieldNameChanged implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_NAME_CHANGED",
          "The same field number has a different name. Compatible on the wire.",
          "Nothing to do on the wire; keep the old name (or its `json_name`) if anyone reads the JSON form.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.both() && !pair.writer().name().equals(pair.reader().name())) {
      out.safe(RULE, pair.path(), out.readerAt(pair.reader().location()),
          "Field " + pair.either().number() + " in `" + pair.message().either().relativeName() + "` was renamed "
              + out.edit().fromTo("`" + pair.writer().name() + "`", "`" + pair.reader().name() + "`") + ".");
    }
  }
}
