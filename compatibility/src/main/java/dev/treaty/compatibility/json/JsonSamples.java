package dev.treaty.compatibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.SchemaPath;
import dev.treaty.compatibility.UnsatisfiableSchemaException;
import dev.treaty.compatibility.internal.SampleDice;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.FalseSchema;
import org.everit.json.schema.NotSchema;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.ValidationException;
import org.json.JSONObject;

/**
 * Builds JSON documents by walking everit's model of the schema ({@code $ref}s, references to other
 * subjects included), then checks each with the same validator that judges examples. Keywords are
 * met while building (bounds, lengths, patterns, formats, required, enum); what only shows in the
 * whole document ({@code allOf} of conflicting parts, {@code not}, {@code if}/{@code then}) is met
 * by trying again, and a schema nothing satisfies gets an {@link UnsatisfiableSchemaException}.
 */
final class JsonSamples {

  private static final int ATTEMPTS = 12;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final SampleDice dice;
  private final Map<Schema, Integer> open = new IdentityHashMap<>();

  private JsonSamples(SampleDice dice) {
    this.dice = dice;
  }

  static String sample(JsonSchema schema, SampleDice dice) {
    List<Finding> problems = List.of();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      SampleDice tries = attempt == 0 ? dice : dice.retry(attempt);
      String text = JsonDocuments.compact(DeepStack.call(() -> new JsonSamples(tries).value(schema.validationSchema(), SchemaPath.ROOT)));
      problems = PayloadValidator.validate(schema, text, PayloadValidator.NOTHING_TOLERATED);
      if (problems.isEmpty()) {
        return text;
      }
    }
    Finding first = problems.get(0);
    throw new UnsatisfiableSchemaException(SchemaPath.of(first.path()),
        "no document Treaty built in " + ATTEMPTS + " attempts was accepted; the last one failed with: " + first.message());
  }

  JsonNode value(Schema schema, SchemaPath at) {
    if (schema instanceof ReferenceSchema reference) {
      return referred(reference, at);
    }
    if (schema instanceof ObjectSchema object) {
      return new JsonObjects(this, dice).object(object, at);
    }
    if (schema instanceof ArraySchema array) {
      return array(array, at);
    }
    if (schema instanceof StringSchema string) {
      return NODES.textNode(JsonStrings.of(string, dice, at));
    }
    if (schema instanceof NumberSchema number) {
      java.math.BigDecimal value = JsonNumbers.of(number, dice, at);
      return value.scale() <= 0 ? NODES.numberNode(value.toBigIntegerExact()) : NODES.numberNode(value);
    }
    if (schema instanceof BooleanSchema) {
      return NODES.booleanNode(!dice.smallest() && (dice.fullest() || dice.nextBoolean()));
    }
    if (schema instanceof NullSchema) {
      return NODES.nullNode();
    }
    if (schema instanceof EnumSchema enumSchema) {
      List<Object> values = enumSchema.getPossibleValuesAsList();
      if (values.isEmpty()) {
        throw new UnsatisfiableSchemaException(at, "`enum` lists no value");
      }
      return fromOrgJson(values.get(dice.alternative(values.size())));
    }
    if (schema instanceof ConstSchema constant) {
      return fromOrgJson(constant.getPermittedValue());
    }
    if (schema instanceof FalseSchema) {
      throw new UnsatisfiableSchemaException(at, "the schema is `false`, which accepts nothing");
    }
    if (schema instanceof CombinedSchema combined) {
      return combined(combined, at);
    }
    if (schema instanceof NotSchema not) {
      return outside(not.getMustNotMatch(), at);
    }
    if (schema instanceof ConditionalSchema conditional) {
      Schema branch = conditional.getThenSchema().or(conditional::getIfSchema)
          .or(conditional::getElseSchema).orElse(null);
      return branch == null ? anything() : value(branch, at);
    }
    return anything();
  }

  private JsonNode referred(ReferenceSchema reference, SchemaPath at) {
    Schema target = reference.getReferredSchema();
    int depth = open.getOrDefault(target, 0);
    if (depth > SampleDice.RECURSION_LIMIT + 2) {
      throw new UnsatisfiableSchemaException(at, "`" + reference.getReferenceValue()
          + "` requires itself with no optional property, empty array or other branch to end, so every document would be infinite");
    }
    open.put(target, depth + 1);
    try {
      return value(target, at);
    } finally {
      open.put(target, depth);
    }
  }

  /** Whether a value of this schema would go one recursion too deep. */
  boolean closing(Schema schema) {
    if (schema instanceof ReferenceSchema reference) {
      return open.getOrDefault(reference.getReferredSchema(), 0) >= SampleDice.RECURSION_LIMIT;
    }
    if (schema instanceof CombinedSchema combined) {
      return combined.getCriterion() == CombinedSchema.ALL_CRITERION
          ? combined.getSubschemas().stream().anyMatch(this::closing)
          : combined.getSubschemas().stream().allMatch(this::closing);
    }
    return false;
  }

  private JsonNode combined(CombinedSchema combined, SchemaPath at) {
    List<Schema> parts = new ArrayList<>(combined.getSubschemas());
    if (combined.getCriterion() == CombinedSchema.ALL_CRITERION) {
      return new JsonObjects(this, dice).allOf(parts, at);
    }
    List<Schema> usable = parts.stream().filter(part -> !(part instanceof FalseSchema) && !closing(part)).toList();
    if (usable.isEmpty()) {
      usable = parts.stream().filter(part -> !(part instanceof FalseSchema)).toList();
    }
    if (usable.isEmpty()) {
      throw new UnsatisfiableSchemaException(at, "every branch of `anyOf` / `oneOf` is `false`");
    }
    return value(usable.get(dice.alternative(usable.size())), at);
  }

  private JsonNode array(ArraySchema array, SchemaPath at) {
    int min = array.getMinItems() == null ? 0 : array.getMinItems();
    int max = array.getMaxItems() == null ? -1 : array.getMaxItems();
    if (max >= 0 && min > max) {
      throw new UnsatisfiableSchemaException(at, "`minItems` " + min + " is above `maxItems` " + max);
    }
    ArrayNode items = NODES.arrayNode();
    List<Schema> tuple = array.getItemSchemas() == null ? List.of() : array.getItemSchemas();
    Schema rest = array.getAllItemSchema() != null ? array.getAllItemSchema() : array.getSchemaOfAdditionalItems();
    int size;
    if (!tuple.isEmpty()) {
      size = Math.max(min, dice.smallest() ? Math.min(min, tuple.size()) : tuple.size());
    } else {
      size = rest != null && closing(rest) ? min : dice.size(min, max);
    }
    for (int i = 0; i < size; i++) {
      Schema item = i < tuple.size() ? tuple.get(i) : rest;
      if (item instanceof FalseSchema && i >= min) {
        break;
      }
      JsonNode value = item == null ? anything() : value(item, at.index(i));
      for (int retry = 0; array.needsUniqueItems() && contains(items, value) && retry < 8; retry++) {
        value = item == null ? anything() : value(item, at.index(i));
      }
      items.add(value);
    }
    if (array.getContainedItemSchema() != null && !anyMatches(items, array.getContainedItemSchema())) {
      JsonNode contained = value(array.getContainedItemSchema(), at.index(items.size()));
      if (max >= 0 && items.size() >= max && !items.isEmpty()) {
        items.set(0, contained);
      } else {
        items.add(contained);
      }
    }
    return items;
  }

  private static boolean contains(ArrayNode items, JsonNode value) {
    for (JsonNode item : items) {
      if (item.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyMatches(ArrayNode items, Schema schema) {
    for (JsonNode item : items) {
      if (accepts(schema, item)) {
        return true;
      }
    }
    return false;
  }

  static boolean accepts(Schema schema, JsonNode value) {
    try {
      schema.validate(JsonDocuments.toOrgJson(value));
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }

  /** A value of some kind the schema rejects: for {@code not}. */
  private JsonNode outside(Schema mustNotMatch, SchemaPath at) {
    List<JsonNode> candidates = List.of(NODES.textNode("not that"), NODES.numberNode(dice.nextInt(1000) + 0.5),
        NODES.nullNode(), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(), NODES.numberNode(7));
    for (JsonNode candidate : candidates) {
      if (!accepts(mustNotMatch, candidate)) {
        return candidate;
      }
    }
    throw new UnsatisfiableSchemaException(at, "`not` rejects every kind of value");
  }

  JsonNode anything() {
    return switch (dice.alternative(3)) {
      case 0 -> NODES.textNode("any");
      case 1 -> NODES.numberNode(dice.nextInt(100));
      default -> NODES.booleanNode(true);
    };
  }

  static JsonNode fromOrgJson(Object value) {
    if (value == null || JSONObject.NULL.equals(value)) {
      return NODES.nullNode();
    }
    try {
      return MAPPER.readTree(JSONObject.valueToString(value));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("everit's own value did not print as JSON: " + value, e);
    }
  }
}
