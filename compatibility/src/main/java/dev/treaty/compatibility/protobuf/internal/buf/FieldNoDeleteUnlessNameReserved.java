package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code FIELD_NO_DELETE_UNLESS_NAME_RESERVED}; its purpose is in {@link #RULE}. */
final class FieldNoDeleteUnlessNameReserved implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_NO_DELETE_UNLESS_NAME_RESERVED",
          "A field disappeared without its name being reserved; JSON readers would reject "
              + "the old key if the name came back.",
          "Reserve the field's name (`reserved \"name\";`) when you delete it.",
          ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.reader() == null && !pair.message().reader().reserved().names().contains(pair.writer().name())) {
      out.breaking(RULE, pair.path(), out.writerAt(pair.writer().location()),
          out.edit().says("The " + pair.describe() + " was deleted without reserving the name `" + pair.writer().name() + "`.",
              "The " + pair.describe() + " was added; the earlier schema neither declares nor reserves the name `"
                  + pair.writer().name() + "`."));
    }
  }
}
