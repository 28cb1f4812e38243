package dev.treaty.compatibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.compatibility.SchemaPath;
import dev.treaty.compatibility.UnsatisfiableSchemaException;
import dev.treaty.compatibility.internal.SampleDice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.FalseSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;

/**
 * Objects for generated JSON samples, and {@code allOf}: the object parts of an {@code allOf} are
 * merged into one set of properties and required names, and its other parts shape the value of
 * the first part that names a type.
 */
final class JsonObjects {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonSamples samples;
  private final SampleDice dice;

  JsonObjects(JsonSamples samples, SampleDice dice) {
    this.samples = samples;
    this.dice = dice;
  }

  JsonNode object(ObjectSchema schema, SchemaPath at) {
    return objectOf(List.of(schema), at);
  }

  JsonNode allOf(List<Schema> parts, SchemaPath at) {
    List<Schema> flat = new ArrayList<>();
    flatten(parts, flat);
    List<ObjectSchema> objects = flat.stream().filter(ObjectSchema.class::isInstance).map(ObjectSchema.class::cast).toList();
    List<Schema> others = flat.stream().filter(part -> !(part instanceof ObjectSchema)).toList();
    if (!objects.isEmpty() && (objects.stream().anyMatch(ObjectSchema::requiresObject) || others.isEmpty())) {
      return objectOf(objects, at);
    }
    Schema typed = others.stream().filter(part -> part instanceof ConstSchema || part instanceof EnumSchema).findFirst()
        .or(() -> others.stream().filter(JsonObjects::namesAType).findFirst())
        .orElse(others.isEmpty() ? null : others.get(0));
    JsonNode value = typed == null ? samples.anything() : samples.value(typed, at);
    if (value.isObject() && !objects.isEmpty()) {
      ObjectNode merged = (ObjectNode) objectOf(objects, at);
      value.fields().forEachRemaining(entry -> merged.putIfAbsent(entry.getKey(), entry.getValue()));
      return merged;
    }
    return value;
  }

  /** allOf inside allOf, and references to an allOf, are one list of parts. */
  private void flatten(List<Schema> parts, List<Schema> into) {
    for (Schema part : parts) {
      Schema target = part instanceof ReferenceSchema reference && !samples.closing(reference) ? reference.getReferredSchema() : part;
      if (target instanceof CombinedSchema combined && combined.getCriterion() == CombinedSchema.ALL_CRITERION) {
        flatten(new ArrayList<>(combined.getSubschemas()), into);
      } else if (target instanceof FalseSchema) {
        throw new UnsatisfiableSchemaException(SchemaPath.ROOT, "a part of `allOf` is `false`, which accepts nothing");
      } else {
        into.add(target);
      }
    }
  }

  private static boolean namesAType(Schema schema) {
    return !(schema instanceof CombinedSchema combined) || combined.getCriterion() != CombinedSchema.ALL_CRITERION;
  }

  private JsonNode objectOf(List<ObjectSchema> parts, SchemaPath at) {
    Map<String, List<Schema>> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    int min = 0;
    int max = Integer.MAX_VALUE;
    boolean additional = true;
    Schema additionalSchema = null;
    for (ObjectSchema part : parts) {
      part.getPropertySchemas().forEach((name, schema) -> properties.computeIfAbsent(name, n -> new ArrayList<>()).add(schema));
      required.addAll(part.getRequiredProperties());
      min = Math.max(min, part.getMinProperties() == null ? 0 : part.getMinProperties());
      max = Math.min(max, part.getMaxProperties() == null ? Integer.MAX_VALUE : part.getMaxProperties());
      additional &= part.permitsAdditionalProperties();
      if (part.getSchemaOfAdditionalProperties() != null) {
        additionalSchema = part.getSchemaOfAdditionalProperties();
      }
    }
    for (ObjectSchema part : parts) {
      part.getPatternProperties().forEach((pattern, schema) -> properties.forEach((name, schemas) -> {
        if (pattern.matcher(name).find()) {
          schemas.add(schema);
        }
      }));
    }
    if (min > max) {
      throw new UnsatisfiableSchemaException(at, "`minProperties` " + min + " is above `maxProperties` " + max);
    }
    if (required.size() > max) {
      throw new UnsatisfiableSchemaException(at, required.size() + " properties are required but `maxProperties` is " + max);
    }
    ObjectNode object = NODES.objectNode();
    for (String name : required) {
      List<Schema> schemas = properties.get(name);
      if (schemas == null && !additional && !matchesPattern(parts, name)) {
        throw new UnsatisfiableSchemaException(at.child(name),
            "`" + name + "` is required but `additionalProperties` is false and `properties` does not define it");
      }
      object.set(name, schemas != null ? property(schemas, at.child(name)) : extra(additionalSchema, at.child(name)));
    }
    List<String> optional = properties.keySet().stream().filter(name -> !required.contains(name)).toList();
    for (String name : optional) {
      boolean roomy = object.size() < max;
      boolean needed = object.size() < min;
      boolean allowed = properties.get(name).stream().noneMatch(schema -> schema instanceof FalseSchema || samples.closing(schema));
      if (roomy && allowed && (needed || dice.present())) {
        optionalProperty(properties.get(name), at.child(name)).ifPresent(value -> object.set(name, value));
      }
    }
    for (int i = 0; object.size() < min && additional; i++) {
      object.set("extra" + i, extra(additionalSchema, at.child("extra" + i)));
    }
    addDependencies(parts, properties, object, at);
    dropUnmetSchemaDependencies(parts, required, object);
    return object;
  }

  private JsonNode property(List<Schema> schemas, SchemaPath at) {
    for (Schema schema : schemas) {
      if (schema instanceof FalseSchema) {
        throw new UnsatisfiableSchemaException(at, "the property is required, but its schema is `false`");
      }
    }
    return schemas.size() == 1 ? samples.value(schemas.get(0), at) : allOf(schemas, at);
  }

  /** An optional property's value, or none when its schemas (with matching patternProperties) conflict. */
  private java.util.Optional<JsonNode> optionalProperty(List<Schema> schemas, SchemaPath at) {
    try {
      JsonNode value = property(schemas, at);
      return schemas.stream().allMatch(schema -> JsonSamples.accepts(schema, value)) ? java.util.Optional.of(value) : java.util.Optional.empty();
    } catch (UnsatisfiableSchemaException conflicting) {
      return java.util.Optional.empty();
    }
  }

  private JsonNode extra(Schema additionalSchema, SchemaPath at) {
    return additionalSchema == null ? samples.anything() : samples.value(additionalSchema, at);
  }

  private static boolean matchesPattern(List<ObjectSchema> parts, String name) {
    return parts.stream().anyMatch(part -> part.getPatternProperties().keySet().stream().anyMatch(p -> p.matcher(name).find()));
  }

  /** {@code dependencies} naming properties: a present property brings the ones it depends on. */
  private void addDependencies(List<ObjectSchema> parts, Map<String, List<Schema>> properties, ObjectNode object, SchemaPath at) {
    for (ObjectSchema part : parts) {
      part.getPropertyDependencies().forEach((present, needed) -> {
        if (object.has(present)) {
          for (String name : needed) {
            if (!object.has(name)) {
              List<Schema> schemas = properties.get(name);
              object.set(name, schemas == null ? samples.anything() : property(schemas, at.child(name)));
            }
          }
        }
      });
    }
  }

  /** An optional property whose {@code dependencies} schema the object does not meet is left out. */
  private static void dropUnmetSchemaDependencies(List<ObjectSchema> parts, Set<String> required, ObjectNode object) {
    for (ObjectSchema part : parts) {
      part.getSchemaDependencies().forEach((present, schema) -> {
        if (object.has(present) && !required.contains(present) && !JsonSamples.accepts(schema, object)) {
          object.remove(present);
        }
      });
    }
  }
}
