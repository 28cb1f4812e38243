package dev.treaty.compatibility.protobuf;

import dev.treaty.compatibility.internal.JsonErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.TypeRegistry;
import com.google.protobuf.util.JsonFormat;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.SchemaPath;
import dev.treaty.compatibility.protobuf.internal.FileDescriptors;
import dev.treaty.compatibility.protobuf.internal.LinkedSchema;
import dev.treaty.compatibility.protobuf.internal.PayloadRules;
import java.util.ArrayList;
import java.util.List;

/** Parses an example with protobuf-java's JSON parser into a message built from the schema. */
final class PayloadValidator {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PayloadValidator() {}

  static List<Finding> validate(LinkedSchema schema, String payloadJson, String messageFullName) {
    try {
      JSON.readTree(payloadJson);
    } catch (JsonProcessingException e) {
      return List.of(Finding.breaking(PayloadRules.INVALID_JSON.id(), SchemaPath.ROOT,
          "The example is not valid JSON: " + JsonErrors.describe(e)));
    }
    FileDescriptor file = FileDescriptors.build(schema, true);
    Descriptor message = pick(file, messageFullName);
    if (message == null) {
      return List.of(Finding.breaking(PayloadRules.UNKNOWN_MESSAGE.id(), SchemaPath.ROOT,
          messageFullName == null ? "The schema declares no message." : "The schema has no message `" + messageFullName + "`."));
    }
    TypeRegistry registry = TypeRegistry.newBuilder().add(file.getMessageTypes()).build();
    DynamicMessage.Builder builder = DynamicMessage.newBuilder(message);
    List<Finding> found = new ArrayList<>();
    try {
      JsonFormat.parser().usingTypeRegistry(registry).merge(payloadJson, builder);
    } catch (InvalidProtocolBufferException | RuntimeException e) {
      // A field the message does not declare is skipped by a reader, as an unknown field on the wire is.
      builder = DynamicMessage.newBuilder(message);
      try {
        JsonFormat.parser().usingTypeRegistry(registry).ignoringUnknownFields().merge(payloadJson, builder);
      } catch (InvalidProtocolBufferException | RuntimeException stillWrong) {
        return List.of(Finding.breaking(PayloadRules.DOES_NOT_MATCH.id(), SchemaPath.ROOT,
            "The example does not match `" + message.getFullName() + "`: " + e.getMessage()));
      }
      found.add(Finding.safe(PayloadRules.DOES_NOT_MATCH.id(), SchemaPath.ROOT, "The example has fields `"
          + message.getFullName() + "` does not declare; a reader skips them: " + e.getMessage()));
    }
    // Parsed leniently above; re-read the bytes with the strict descriptor to list missing required fields.
    Descriptor strict = pick(FileDescriptors.build(schema, false), message.getFullName());
    DynamicMessage.Builder checked = DynamicMessage.newBuilder(strict);
    try {
      checked.mergeFrom(builder.buildPartial().toByteString());
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("Bytes just written by protobuf-java did not parse back", e);
    }
    for (String missing : checked.findInitializationErrors()) {
      found.add(Finding.breaking(PayloadRules.REQUIRED_FIELD_MISSING.id(), pointer(missing),
          "The required field `" + missing + "` of `" + message.getFullName() + "` is missing."));
    }
    return found.stream().sorted(Finding.ORDER).toList();
  }

  static Descriptor pick(FileDescriptor file, String fullName) {
    if (fullName == null) {
      return file.getMessageTypes().isEmpty() ? null : file.getMessageTypes().get(0);
    }
    String pkg = file.getPackage();
    String relative = !pkg.isEmpty() && fullName.startsWith(pkg + ".") ? fullName.substring(pkg.length() + 1) : fullName;
    String[] parts = relative.split("\\.");
    Descriptor found = file.findMessageTypeByName(parts[0]);
    for (int i = 1; found != null && i < parts.length; i++) {
      found = found.findNestedTypeByName(parts[i]);
    }
    return found;
  }

  /** {@code lines[0].sku} becomes {@code /lines/0/sku}. */
  private static SchemaPath pointer(String protoPath) {
    SchemaPath path = SchemaPath.ROOT;
    for (String part : protoPath.replace("[", ".").replace("]", "").split("\\.")) {
      path = path.child(part);
    }
    return path;
  }
}
