package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code FIELD_WIRE_COMPATIBLE_TYPE}; its purpose is in {@link #RULE}. */
final class FieldWireCompatibleType implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_WIRE_COMPATIBLE_TYPE",
          "A field changed to a type that decodes the old bytes differently (other wire "
              + "group, other message, enum without the old values; bytes to string).",
          "Keep the type (or stay within its wire group); add a new field with a new number for the new type.",
          ProtobufRuleSet.WIRE);

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
    if (pair.both() && pair.writer().group() != pair.reader().group()) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "The " + pair.describe() + " changed "
          + out.edit().fromTo(BufTypes.encoding(pair.writer()), BufTypes.encoding(pair.reader()))
          + ": a group is written between start and end tags, a message field as length-delimited bytes.");
      return;
    }
    if (pair.both() && !BufTypes.compatible(pair.writer().type(), pair.reader().type(), false, out)) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "The " + pair.describe() + " changed type "
          + out.edit().fromTo(BufTypes.name(pair.writer().type()), BufTypes.name(pair.reader().type())) + ".");
    }
  }
}
