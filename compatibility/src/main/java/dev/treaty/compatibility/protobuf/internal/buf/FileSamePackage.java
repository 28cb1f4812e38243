package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.ProtoFile;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code FILE_SAME_PACKAGE}; its purpose is in {@link #RULE}. */
final class FileSamePackage implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FILE_SAME_PACKAGE",
          "The file's package changed; every full name changes. Breaking.",
          ProtobufRuleSet.WIRE, ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void file(ProtoFile writer, ProtoFile reader, Findings out) {
    if (!writer.packageName().equals(reader.packageName())) {
      out.breaking(RULE, dev.treaty.compatibility.SchemaPath.ROOT.child("package"), reader.location(),
          "The package changed from `" + writer.packageName() + "` to `" + reader.packageName() + "`.");
    }
  }
}
