package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code FIELD_SAME_ONEOF}; its purpose is in {@link #RULE}. */
final class FieldSameOneof implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_SAME_ONEOF",
          "A field entered, left or changed its oneof (a oneof rename included); setting "
              + "one member clears the others.",
          "Keep each field in its oneof (or outside any); add new fields with new numbers instead.",
          ProtobufRuleSet.WIRE, ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.both() && !java.util.Objects.equals(pair.writer().oneof(), pair.reader().oneof())) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "The " + pair.describe() + " moved "
          + out.edit().fromTo(where(pair.writer().oneof()), where(pair.reader().oneof())) + ".");
    }
  }

  private static String where(String oneof) {
    return oneof == null ? "no oneof" : "oneof `" + oneof + "`";
  }
}
