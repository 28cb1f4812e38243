package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EmptySchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.FalseSchema;
import org.everit.json.schema.NotSchema;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;

/** Words for messages: what a schema node is, and what a path points at. */
final class Describe {

  private Describe() {}

  /** "property `amount`", "the items of property `tags`", "the schema" and the like. */
  static String where(SchemaPath path) {
    String pointer = path.toString();
    return pointer.isEmpty() ? "the schema" : where(List.of(pointer.substring(1).split("/", -1)), 0);
  }

  /** Names at most three levels in words; deeper paths read better as the pointer itself. */
  private static String where(List<String> tokens, int level) {
    int size = tokens.size();
    if (size == 0) {
      return "the schema";
    }
    if (level == 3) {
      return "`/" + String.join("/", tokens) + "`";
    }
    String last = unescape(tokens.get(size - 1));
    String previous = size >= 2 ? tokens.get(size - 2) : "";
    if (previous.equals("properties")) {
      String parent = where(tokens.subList(0, size - 2), level + 1);
      return "property `" + last + "`" + (size == 2 ? "" : " of " + parent);
    }
    if (previous.equals("items") && last.matches("\\d+")) {
      return "tuple position " + last + " of " + where(tokens.subList(0, size - 2), level + 1);
    }
    if (COMBINATIONS.contains(previous) && last.matches("\\d+")) {
      return "branch " + last + " of the " + previous + " of " + where(tokens.subList(0, size - 2), level + 1);
    }
    if (last.equals("items") || last.equals("additionalProperties") || last.equals("additionalItems")
        || last.equals("not") || last.equals("contains")) {
      return "the `" + last + "` of " + where(tokens.subList(0, size - 1), level + 1);
    }
    return "`/" + String.join("/", tokens) + "`";
  }

  private static final Set<String> COMBINATIONS = Set.of("allOf", "anyOf", "oneOf");

  static String kind(Schema schema) {
    if (schema instanceof ReferenceSchema reference) {
      return reference.getReferredSchema() == null ? "reference" : kind(reference.getReferredSchema());
    }
    if (schema instanceof StringSchema) {
      return "string";
    }
    if (schema instanceof NumberSchema number) {
      return number.requiresInteger() ? "integer" : "number";
    }
    if (schema instanceof ObjectSchema) {
      return "object";
    }
    if (schema instanceof ArraySchema) {
      return "array";
    }
    if (schema instanceof BooleanSchema) {
      return "boolean";
    }
    if (schema instanceof NullSchema) {
      return "null";
    }
    if (schema instanceof EnumSchema) {
      return "enum";
    }
    if (schema instanceof ConstSchema) {
      return "const";
    }
    if (schema instanceof NotSchema) {
      return "not";
    }
    if (schema instanceof FalseSchema) {
      return "false (nothing)";
    }
    if (schema instanceof EmptySchema) {
      return "any value";
    }
    if (schema instanceof ConditionalSchema) {
      return "if/then/else";
    }
    if (schema instanceof CombinedSchema combined) {
      return combined.getCriterion() + " of "
          + combined.getSubschemas().stream().map(Describe::kind).collect(Collectors.joining(", "));
    }
    return schema.getClass().getSimpleName();
  }

  static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }
}
