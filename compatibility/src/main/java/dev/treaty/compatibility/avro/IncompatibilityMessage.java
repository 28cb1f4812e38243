package dev.treaty.compatibility.avro;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

/** One sentence per Avro incompatibility, naming the field and the types involved. */
final class IncompatibilityMessage {

  private IncompatibilityMessage() {}

  /** @param pointer Avro's location, which follows the reader schema {@code readerRoot} */
  static String describe(Incompatibility incompatibility, Schema readerRoot, String pointer) {
    Schema reader = incompatibility.getReaderFragment();
    Schema writer = incompatibility.getWriterFragment();
    if (incompatibility.getType() == SchemaIncompatibilityType.MISSING_UNION_BRANCH) {
      return missingBranch(readerRoot, pointer, writer);
    }
    FieldPath where = FieldPath.of(readerRoot, pointer);
    String subject = where.subject();
    return switch (incompatibility.getType()) {
      case TYPE_MISMATCH -> typeMismatch(where, reader, writer);
      case NAME_MISMATCH ->
          subject + " changed type name from " + writer.getFullName() + " to " + reader.getFullName()
              + " and no alias of the reader matches the old name.";
      case FIXED_SIZE_MISMATCH ->
          subject + " changed fixed size from " + writer.getFixedSize() + " to "
              + reader.getFixedSize() + " bytes.";
      case MISSING_ENUM_SYMBOLS ->
          subject + " can no longer read the enum symbols " + missingSymbols(reader, writer)
              + " and the enum " + reader.getFullName() + " declares no default.";
      case READER_FIELD_MISSING_DEFAULT_VALUE ->
          subject + " is not written by the writer and has no default value.";
      case MISSING_UNION_BRANCH -> throw new IllegalStateException("handled above");
    };
  }

  private static String typeMismatch(FieldPath where, Schema reader, Schema writer) {
    if (where.isWriterBranch()) {
      return where.subject() + " cannot read the writer's union branch " + TypeNames.of(writer) + " as "
          + TypeNames.of(reader) + ".";
    }
    if (reader.getType() == Schema.Type.ENUM && reader.getEnumDefault() != null
        && writer.getType() == Schema.Type.RECORD) {
      // Avro 1.12 compares a defaultless enum field with the writer record; explain, don't echo.
      return where.subject() + " is not written by the writer and has no default value"
          + " (the enum default of " + reader.getFullName() + " does not stand in for a field default).";
    }
    return where.subject() + " changed type from " + TypeNames.of(writer) + " to " + TypeNames.of(reader)
        + ", which Avro cannot convert.";
  }

  /** Here Avro's location ends with the index of the writer's branch, not a reader position. */
  private static String missingBranch(Schema readerRoot, String pointer, Schema writer) {
    int slash = pointer.lastIndexOf('/');
    String last = pointer.substring(slash + 1);
    Schema branch = writer;
    String owner = pointer;
    if (writer.getType() == Schema.Type.UNION && last.matches("\\d{1,9}")
        && Integer.parseInt(last) < writer.getTypes().size()) {
      branch = writer.getTypes().get(Integer.parseInt(last));
      owner = pointer.substring(0, slash);
    }
    String subject = FieldPath.of(readerRoot, owner).subject();
    return branch == writer
        ? subject + ": no branch of the reader's union can read the writer's " + TypeNames.of(writer) + "."
        : subject + ": no type of the reader can read the writer's union branch " + TypeNames.of(branch) + ".";
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
