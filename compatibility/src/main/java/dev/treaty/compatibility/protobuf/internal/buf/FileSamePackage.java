package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code FILE_SAME_PACKAGE}; its purpose is in {@link #RULE}. */
final class FileSamePackage implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FILE_SAME_PACKAGE",
          "The file's package changed; every full name changes. Breaking.",
          "Keep the package; publish the renamed package as a new subject.",
          ProtobufRuleSet.WIRE, ProtobufRuleSet.WIRE_JSON);

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
