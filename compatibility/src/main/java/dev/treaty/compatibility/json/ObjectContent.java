package dev.treaty.compatibility.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.everit.json.schema.EmptySchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;

/**
 * The content model of an object for names it does not declare: open (anything goes), or for a
 * given name the schemas that constrain it ({@code patternProperties} that match it, else
 * {@code additionalProperties}), or nothing at all when such a name is forbidden.
 */
record ObjectContent(ObjectSchema schema) {

  static final Schema ANYTHING = EmptySchema.builder().build();

  /** Open: extra properties allowed with no schema and no {@code patternProperties}. */
  boolean isOpen() {
    return schema.permitsAdditionalProperties()
        && additional() == null
        && schema.getPatternProperties().isEmpty();
  }

  /**
   * The schemas an undeclared property {@code name} must match; a list holding the empty schema
   * when any value is allowed, an empty list when the name is forbidden. Unlike Confluent, an
   * unmatched name next to {@code patternProperties} without {@code additionalProperties} counts
   * as allowing any value, because it does.
   */
  List<Schema> governing(String name) {
    List<Schema> matching = new ArrayList<>();
    for (Map.Entry<Pattern, Schema> entry : schema.getPatternProperties().entrySet()) {
      if (entry.getKey().matcher(name).find()) {
        matching.add(entry.getValue());
      }
    }
    if (!matching.isEmpty()) {
      return matching;
    }
    if (!schema.permitsAdditionalProperties()) {
      return List.of();
    }
    return List.of(additional() == null ? ANYTHING : additional());
  }

  /** The {@code additionalProperties} schema, or null when absent, {@code true} or {@code {}}. */
  Schema additional() {
    Schema additional = schema.getSchemaOfAdditionalProperties();
    return additional == null || SchemaWalker.acceptsAnything(References.resolve(additional)) ? null : additional;
  }
}
