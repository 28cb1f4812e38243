package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code FIELD_SAME_DEFAULT}; its purpose is in {@link #RULE}. */
final class FieldSameDefault implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_SAME_DEFAULT",
          "A singular scalar or enum field's effective proto2 default changed (explicitly, "
              + "or through a closed enum's first value).",
          "Keep the field's default (explicit, or the closed enum's first value).",
          ProtobufRuleSet.WIRE, ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (!pair.both() || !Defaults.comparable(pair.writer().type(), pair.reader().type())) {
      return;
    }
    String before = Defaults.effective(pair.writer(), out.writer());
    String after = Defaults.effective(pair.reader(), out.reader());
    if (before != null && after != null && !Defaults.same(before, after)) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "The default of the " + pair.describe()
          + " changed " + out.edit().fromTo("`" + before + "`", "`" + after + "`") + ".");
    }
  }
}
