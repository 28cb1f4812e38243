package dev.treaty.compatibility.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.NotSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;

/** The direct sub-schemas of an everit node, references included, for graph traversals. */
final class SubSchemas {

  private SubSchemas() {}

  static List<Schema> of(Schema schema) {
    List<Schema> children = new ArrayList<>();
    if (schema instanceof ObjectSchema object) {
      children.addAll(object.getPropertySchemas().values());
      children.addAll(object.getPatternProperties().values());
      children.addAll(object.getSchemaDependencies().values());
      children.add(object.getSchemaOfAdditionalProperties());
      children.add(object.getPropertyNameSchema());
    } else if (schema instanceof ArraySchema array) {
      if (array.getItemSchemas() != null) {
        children.addAll(array.getItemSchemas());
      }
      children.add(array.getAllItemSchema());
      children.add(array.getSchemaOfAdditionalItems());
      children.add(array.getContainedItemSchema());
    } else if (schema instanceof CombinedSchema combined) {
      children.addAll(combined.getSubschemas());
    } else if (schema instanceof NotSchema not) {
      children.add(not.getMustNotMatch());
    } else if (schema instanceof ConditionalSchema conditional) {
      conditional.getIfSchema().ifPresent(children::add);
      conditional.getThenSchema().ifPresent(children::add);
      conditional.getElseSchema().ifPresent(children::add);
    } else if (schema instanceof ReferenceSchema reference) {
      children.add(reference.getReferredSchema());
    }
    children.removeIf(Objects::isNull);
    return children;
  }
}
