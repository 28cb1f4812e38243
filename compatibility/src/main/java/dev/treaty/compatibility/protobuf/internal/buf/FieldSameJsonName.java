package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code FIELD_SAME_JSON_NAME}; its purpose is in {@link #RULE}. */
final class FieldSameJsonName implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_SAME_JSON_NAME",
          "A field's effective JSON name changed (through a rename or json_name).",
          "Keep the JSON name: set `json_name` to the old name when renaming the field.",
          ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.both() && !pair.writer().jsonName().equals(pair.reader().jsonName())) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "The JSON name of the " + pair.describe()
          + " changed " + out.edit().fromTo("`" + pair.writer().jsonName() + "`", "`" + pair.reader().jsonName() + "`") + ".");
    }
  }
}
