package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code MULTIPLE_FIELDS_MOVED_TO_ONEOF}; its purpose is in {@link #RULE}. */
final class MultipleFieldsMovedToOneof implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "MULTIPLE_FIELDS_MOVED_TO_ONEOF",
          "A oneof of the new schema holds two or more fields that were independent top- "
              + "level fields; data setting both can no longer be read. Breaking.",
          "Keep independent fields out of a oneof; add a new oneof with new field numbers instead.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void oneof(Pairs.OneofPair pair, Findings out) {
    if (pair.reader() == null) {
      return;
    }
    var groups = FormerGroups.of(pair);
    if (groups.formerTopLevel().size() >= 2) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "Oneof `" + pair.reader().name() + "` in `"
          + pair.message().reader().relativeName() + "` " + out.edit().says("now holds", "was split into") + " the independent fields " + groups.formerTopLevel() + ".");
    }
  }
}
