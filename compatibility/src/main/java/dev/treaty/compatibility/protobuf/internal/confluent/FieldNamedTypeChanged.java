package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.FieldType;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.LinkedSchema;
import dev.treaty.compatibility.protobuf.internal.MessageType;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;
import dev.treaty.compatibility.protobuf.internal.SchemaWalker;
import java.util.Optional;

/**
 * Confluent's difference type {@code FIELD_NAMED_TYPE_CHANGED}; its purpose is in {@link #RULE}.
 * Types declared in the schema's own file are compared on their own as messages; a type that
 * comes from a reference is diffed here, since its file is not walked otherwise.
 */
final class FieldNamedTypeChanged implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "FIELD_NAMED_TYPE_CHANGED",
          "A message-typed field now refers to a message with another package-relative name, "
              + "or a referenced message changed incompatibly. Breaking.",
          "Keep the field's message type (and change that message compatibly); add a new field for a new type.",
          ProtobufRuleSet.CONFLUENT);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void field(Pairs.FieldPair pair, Findings out) {
    if (!pair.both()) {
      return;
    }
    if (TypeDifferences.between(pair.writer().type(), pair.reader().type()).contains(TypeDifferences.Difference.NAMED_TYPE)) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "The " + pair.describe() + " changed message type "
          + out.edit().fromTo("`" + pair.writer().type().display() + "`", "`" + pair.reader().type().display() + "`") + ".");
    } else if (referencedTypeBreaks(pair.writer().type(), pair.reader().type(), out)) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "The " + pair.describe() + " refers to `"
          + pair.reader().type().display() + "`, whose referenced definition changed incompatibly.");
    }
  }

  private static boolean referencedTypeBreaks(FieldType writer, FieldType reader, Findings out) {
    if (writer instanceof FieldType.MapOf before && reader instanceof FieldType.MapOf after) {
      return referencedTypeBreaks(before.value(), after.value(), out);
    }
    if (!(writer instanceof FieldType.Named before) || !(reader instanceof FieldType.Named after) || before.isEnum()) {
      return false;
    }
    if (isLocal(out.writer(), before) && isLocal(out.reader(), after)) {
      return false;
    }
    Optional<MessageType> old = out.writer().messageType(before.fullName());
    Optional<MessageType> now = out.reader().messageType(after.fullName());
    return old.isPresent() && now.isPresent()
        && out.referencedTypesBreak(before.fullName(), after.fullName(),
            () -> SchemaWalker.breaks(old.get(), now.get(), ConfluentRules.SET, out));
  }

  private static boolean isLocal(LinkedSchema schema, FieldType.Named type) {
    return schema.file().allMessages().containsKey(type.fullName());
  }
}
