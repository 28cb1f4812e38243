package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code FIELD_WIRE_JSON_COMPATIBLE_TYPE}; its purpose is in {@link #RULE}. */
final class FieldWireJsonCompatibleType implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_WIRE_JSON_COMPATIBLE_TYPE",
          "A field changed to a type that the binary or the JSON decoder reads differently; "
              + "only int32/uint32, int64/uint64, fixed32/sfixed32 and fixed64/sfixed64 stay "
              + "interchangeable.",
          "Keep the type (or move only between int32/uint32, int64/uint64, fixed32/sfixed32, fixed64/sfixed64); add a new field otherwise.",
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
    if (pair.both() && pair.writer().group() != pair.reader().group()) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "The " + pair.describe() + " changed "
          + out.edit().fromTo(BufTypes.encoding(pair.writer()), BufTypes.encoding(pair.reader()))
          + ": a group is written between start and end tags, a message field as length-delimited bytes.");
      return;
    }
    if (pair.both() && !BufTypes.compatible(pair.writer().type(), pair.reader().type(), true, out)) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "The " + pair.describe() + " changed type "
          + out.edit().fromTo(BufTypes.name(pair.writer().type()), BufTypes.name(pair.reader().type())) + ".");
    }
  }
}
