package dev.treaty.compatibility.avro;

import dev.treaty.compatibility.Edit;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

/**
 * One sentence per Avro incompatibility, naming the edit (the field, the types before and after).
 * Avro reports from the reader's side; {@link Edit} turns that into the change the user made, so
 * the same edit reads the same whichever direction found it, and the sentences match those of
 * {@link SafeChanges} for the other direction.
 */
final class IncompatibilityMessage {

  private IncompatibilityMessage() {}

  /** @param pointer Avro's location, which follows the reader schema {@code readerRoot} */
  static String describe(Incompatibility incompatibility, Schema readerRoot, String pointer, Edit edit) {
    Schema reader = incompatibility.getReaderFragment();
    Schema writer = incompatibility.getWriterFragment();
    if (incompatibility.getType() == SchemaIncompatibilityType.MISSING_UNION_BRANCH) {
      return missingBranch(readerRoot, pointer, writer, reader, edit);
    }
    FieldPath where = FieldPath.of(readerRoot, pointer);
    String subject = capitalized(where.subject());
    return switch (incompatibility.getType()) {
      case TYPE_MISMATCH -> typeMismatch(where, reader, writer, edit);
      case NAME_MISMATCH -> renamed(subject, writer, reader, edit);
      case FIXED_SIZE_MISMATCH ->
          subject + ": fixed " + edit.later(writer, reader).getFullName() + " changed size from "
              + edit.earlier(writer, reader).getFixedSize() + " to " + edit.later(writer, reader).getFixedSize()
              + " bytes.";
      case MISSING_ENUM_SYMBOLS -> symbols(subject, missingSymbols(reader, writer), reader, edit.writerOnly());
      case READER_FIELD_MISSING_DEFAULT_VALUE -> RecordFields.oneSided(where, edit.readerOnly(), null);
      case MISSING_UNION_BRANCH -> throw new IllegalStateException("handled above");
    };
  }

  /** The sentence of a named type renamed, shared with the alias that makes it safe. */
  static String renamed(String subject, Schema writer, Schema reader, Edit edit) {
    return subject + ": " + writer.getType().getName() + " " + edit.earlier(writer, reader).getFullName()
        + " was renamed to " + edit.later(writer, reader).getFullName() + ".";
  }

  /** The sentence of enum symbols added or removed, shared with the safe findings of the other direction. */
  static String symbols(String subject, List<String> symbols, Schema enumSchema, String addedOrRemoved) {
    return subject + ": symbols " + symbols + " were " + addedOrRemoved + ("added".equals(addedOrRemoved) ? " to" : " from")
        + " enum " + enumSchema.getFullName() + ".";
  }

  /** The sentence of a type change, shared with the promotion that makes it safe one way. */
  static String typeChanged(String subject, Schema writer, Schema reader, Edit edit) {
    return subject + " changed type from " + TypeNames.of(edit.earlier(writer, reader)) + " to "
        + TypeNames.of(edit.later(writer, reader)) + ".";
  }

  private static String typeMismatch(FieldPath where, Schema reader, Schema writer, Edit edit) {
    String subject = capitalized(where.subject());
    if (where.isWriterBranch()) {
      return edit.says(
          subject + " changed type from a union with the branch " + TypeNames.of(writer) + " to " + TypeNames.of(reader) + ".",
          subject + " changed type from " + TypeNames.of(reader) + " to a union with the branch " + TypeNames.of(writer) + ".");
    }
    if (reader.getType() == Schema.Type.ENUM && reader.getEnumDefault() != null
        && writer.getType() == Schema.Type.RECORD) {
      // Avro 1.12 compares a defaultless enum field with the writer record; explain, don't echo.
      return RecordFields.oneSided(where, edit.readerOnly(), null).replaceFirst("\\.$", "")
          + " (the enum default of " + reader.getFullName() + " does not stand in for a field default).";
    }
    return typeChanged(subject, writer, reader, edit);
  }

  /** Here Avro's location ends with the index of the writer's branch, not a reader position. */
  private static String missingBranch(Schema readerRoot, String pointer, Schema writer, Schema reader, Edit edit) {
    int slash = pointer.lastIndexOf('/');
    String last = pointer.substring(slash + 1);
    Schema branch = writer;
    String owner = pointer;
    if (writer.getType() == Schema.Type.UNION && last.matches("\\d{1,9}")
        && Integer.parseInt(last) < writer.getTypes().size()) {
      branch = writer.getTypes().get(Integer.parseInt(last));
      owner = pointer.substring(0, slash);
    }
    String subject = capitalized(FieldPath.of(readerRoot, owner).subject());
    if (branch == writer) {
      return typeChanged(subject, writer, reader, edit);
    }
    if (reader.getType() == Schema.Type.UNION && sameNamedBranch(reader, branch)) {
      return subject + ": union branch " + TypeNames.of(branch) + " changed in a way Avro cannot resolve.";
    }
    return subject + ": union branch " + TypeNames.of(branch) + " was " + edit.writerOnly() + ".";
  }

  /** Whether the union still has a branch of the same kind and name, which then changed rather than went. */
  private static boolean sameNamedBranch(Schema union, Schema branch) {
    return union.getTypes().stream().anyMatch(candidate -> candidate.getType() == branch.getType()
        && (candidate.getType() == Schema.Type.RECORD || candidate.getType() == Schema.Type.ENUM
            || candidate.getType() == Schema.Type.FIXED)
        && candidate.getName().equals(branch.getName()));
  }

  private static List<String> missingSymbols(Schema reader, Schema writer) {
    List<String> missing = new ArrayList<>();
    if (reader.getType() == Schema.Type.ENUM && writer.getType() == Schema.Type.ENUM) {
      missing.addAll(writer.getEnumSymbols());
      missing.removeAll(reader.getEnumSymbols());
    }
    return missing;
  }

  static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
