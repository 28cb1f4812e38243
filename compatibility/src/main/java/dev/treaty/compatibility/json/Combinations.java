package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import java.lang.reflect.Method;
import org.everit.json.schema.CombinedSchema;

/**
 * Where the parts of a combined schema live in the document. An explicit {@code oneOf} lists its
 * branches under its keyword; a combination everit builds itself (from a {@code type} array, or
 * from several keyword groups of one object) has its parts at the object's own path.
 */
final class Combinations {

  private static final Method IS_SYNTHETIC = syntheticFlag();

  private Combinations() {}

  static SchemaPath keywordPath(CombinedSchema schema, SchemaPath path) {
    if (fromTypeArray(schema)) {
      return path.child("type");
    }
    return isSynthetic(schema) ? path : path.child(keyword(schema));
  }

  static SchemaPath branchPath(CombinedSchema schema, SchemaPath path, int index) {
    return isSynthetic(schema) || fromTypeArray(schema) ? path : path.child(keyword(schema)).index(index);
  }

  /** everit reads {@code "type": ["string", "null"]} as an anyOf it does not flag as made up. */
  private static boolean fromTypeArray(CombinedSchema schema) {
    if (schema.getCriterion() != CombinedSchema.ANY_CRITERION || schema.getSubschemas().isEmpty()) {
      return false;
    }
    String location = String.valueOf(schema.getSubschemas().iterator().next().getLocation());
    return !location.matches(".*/anyOf/\\d+$");
  }

  static String keyword(CombinedSchema schema) {
    return schema.getCriterion().toString();
  }

  static boolean isSynthetic(CombinedSchema schema) {
    if (IS_SYNTHETIC == null) {
      return false;
    }
    try {
      return (Boolean) IS_SYNTHETIC.invoke(schema);
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  // everit knows whether it made the combination up but keeps the flag package-private; without
  // it, paths would point at keywords the document does not have.
  private static Method syntheticFlag() {
    try {
      Method method = CombinedSchema.class.getDeclaredMethod("isSynthetic");
      method.setAccessible(true);
      return method;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
