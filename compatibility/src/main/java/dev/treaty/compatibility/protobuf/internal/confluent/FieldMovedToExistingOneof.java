package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code FIELD_MOVED_TO_EXISTING_ONEOF}; its purpose is in {@link #RULE}. */
final class FieldMovedToExistingOneof implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_MOVED_TO_EXISTING_ONEOF",
          "A oneof of the new schema mixes members of more than one earlier group (an "
              + "earlier oneof, or one earlier top-level field). Breaking.",
          "Leave existing fields where they are; add new fields with new numbers to the oneof instead.",
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
    if (groups.formerTopLevel().size() < 2 && groups.count() > 1) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "Oneof `" + pair.reader().name() + "` in `"
          + pair.message().reader().relativeName() + "` " + out.edit().says("now mixes fields that were not exclusive before.", "was split: its fields were not exclusive before."));
    }
  }
}
