package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code ONEOF_FIELD_REMOVED}; its purpose is in {@link #RULE}. */
final class OneofFieldRemoved implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "ONEOF_FIELD_REMOVED",
          "A member of a oneof is gone while the oneof, or another of its members, "
              + "survives. Breaking, even with the number reserved.",
          "Keep the oneof member (deprecated) instead of removing it, so data setting it still reads.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (pair.reader() == null && pair.writer().inOneof() && !wholeOneofDeleted(pair)) {
      out.breaking(RULE, pair.path(), out.writerAt(pair.writer().location()),
          "The " + pair.describe() + " was " + out.edit().says("removed from", "added to") + " oneof `" + pair.writer().oneof() + "`.");
    }
  }

  private static boolean wholeOneofDeleted(Pairs.FieldPair pair) {
    String oneof = pair.writer().oneof();
    var reader = pair.message().reader();
    if (reader.oneof(oneof).isPresent()) {
      return false;
    }
    return pair.message().writer().oneof(oneof).orElseThrow().fieldNumbers().stream()
        .noneMatch(number -> reader.field(number).isPresent());
  }
}
