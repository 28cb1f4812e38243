package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED}; its purpose is in {@link #RULE}. */
final class FieldNoDeleteUnlessNumberReserved implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED",
          "A field disappeared without its number being reserved, so the number could be "
              + "reused with another type.",
          "Reserve the field's number (`reserved 5;`) when you delete it.",
          ProtobufRuleSet.WIRE, ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.reader() == null && !pair.message().reader().reserved().reservesNumber(pair.writer().number())) {
      out.breaking(RULE, pair.path(), out.writerAt(pair.writer().location()),
          out.edit().says("The " + pair.describe() + " was deleted without reserving the number " + pair.writer().number() + ".",
              "The " + pair.describe() + " was added; the earlier schema neither declares nor reserves the number "
                  + pair.writer().number() + "."));
    }
  }
}
