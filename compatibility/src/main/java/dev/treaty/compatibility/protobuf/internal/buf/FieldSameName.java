package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code FIELD_SAME_NAME}; its purpose is in {@link #RULE}. */
final class FieldSameName implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_SAME_NAME",
          "A field was renamed; the JSON key and text format change.",
          "Keep the field's name (JSON and text format use it); rename only by adding a new field.",
          ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void extension(Pairs.FieldPair pair, Findings out) {
    field(pair, out);
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.both() && !pair.writer().name().equals(pair.reader().name())) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()),
          (pair.either().isExtension() ? "Extension " : "Field ") + pair.either().number() + " " + pair.owner()
              + " was renamed "
              + out.edit().fromTo("`" + pair.writer().name() + "`", "`" + pair.reader().name() + "`") + ".");
    }
  }
}
