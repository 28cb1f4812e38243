package dev.treaty.compatibility.avro;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/** One sentence per Avro incompatibility, naming the field and the types involved. */
final class IncompatibilityMessage {

  private IncompatibilityMessage() {}

  static String describe(Incompatibility incompatibility, FieldPath where) {
    Schema reader = incompatibility.getReaderFragment();
    Schema writer = incompatibility.getWriterFragment();
    String subject = where.subject();
    return switch (incompatibility.getType()) {
      case TYPE_MISMATCH ->
          subject + " changed type from " + TypeNames.of(writer) + " to " + TypeNames.of(reader)
              + ", which Avro cannot convert.";
      case NAME_MISMATCH ->
          subject + " changed its type name from " + writer.getFullName() + " to " + reader.getFullName()
              + " and no alias of the reader matches the old name.";
      case FIXED_SIZE_MISMATCH ->
          subject + " changed its fixed size from " + writer.getFixedSize() + " to "
              + reader.getFixedSize() + " bytes.";
      case MISSING_ENUM_SYMBOLS ->
          subject + " can no longer read the enum symbols " + missingSymbols(reader, writer)
              + " and its enum " + reader.getFullName() + " declares no default.";
      case READER_FIELD_MISSING_DEFAULT_VALUE ->
          subject + " is not written by the writer and has no default value.";
      case MISSING_UNION_BRANCH ->
          subject + " has no union branch that can read the writer's " + TypeNames.of(writer) + ".";
    };
  }

  private static String missingSymbols(Schema reader, Schema writer) {
    if (reader.getType() != Schema.Type.ENUM || writer.getType() != Schema.Type.ENUM) {
      return "of the writer";
    }
    List<String> missing = new ArrayList<>(writer.getEnumSymbols());
    missing.removeAll(reader.getEnumSymbols());
    return missing.stream().collect(Collectors.joining(", ", "[", "]"));
  }
}
