package dev.treaty.compatibility.avro;

import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Type;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/** Which reader union branch reads a writer schema, and which primitive types Avro promotes. */
final class BranchMatch {

  private static final Map<Type, Set<Type>> PROMOTIONS = Map.of(
      Type.INT, Set.of(Type.LONG, Type.FLOAT, Type.DOUBLE),
      Type.LONG, Set.of(Type.FLOAT, Type.DOUBLE),
      Type.FLOAT, Set.of(Type.DOUBLE),
      Type.STRING, Set.of(Type.BYTES),
      Type.BYTES, Set.of(Type.STRING));

  private BranchMatch() {}

  static boolean promotes(Type writer, Type reader) {
    return PROMOTIONS.getOrDefault(writer, Set.of()).contains(reader);
  }

  /**
   * The reader branch of the same kind (and, for named types, the same name) if there is one,
   * otherwise the first branch Avro finds compatible; {@code null} when none reads the writer.
   */
  static Schema find(Schema readerUnion, Schema writer) {
    for (Schema branch : readerUnion.getTypes()) {
      if (branch.getType() == writer.getType() && (!isNamed(branch) || branch.getName().equals(writer.getName()))) {
        return branch;
      }
    }
    for (Schema branch : readerUnion.getTypes()) {
      if (reads(branch, writer)) {
        return branch;
      }
    }
    return null;
  }

  private static boolean isNamed(Schema schema) {
    return schema.getType() == Type.RECORD || schema.getType() == Type.ENUM || schema.getType() == Type.FIXED;
  }

  private static boolean reads(Schema reader, Schema writer) {
    try {
      return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
          == SchemaCompatibilityType.COMPATIBLE;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
