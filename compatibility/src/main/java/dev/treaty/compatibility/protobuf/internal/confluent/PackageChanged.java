package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** Confluent's difference type {@code PACKAGE_CHANGED}; its purpose is in {@link #RULE}. */
final class PackageChanged implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "PACKAGE_CHANGED",
          "The file's package changed (including none to some); every message's full name "
              + "changes. Breaking.",
          "Keep the package; publish the renamed package as a new subject.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void file(Pairs.FilePair pair, Findings out) {
    if (!pair.writer().packageName().equals(pair.reader().packageName())) {
      out.breaking(RULE, pair.path().child("package"), out.readerAt(pair.reader().location()),
          "The package changed " + out.edit().fromTo("`" + pair.writer().packageName() + "`", "`" + pair.reader().packageName() + "`") + ".");
    }
  }
}
