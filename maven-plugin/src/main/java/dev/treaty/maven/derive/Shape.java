package dev.treaty.maven.derive;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What sample JSON values of one place have shown: which kinds of value appeared there (null,
 * scalars, objects, arrays), for objects the shape of each property and in how many of the
 * objects it appeared, and for arrays the shape of their elements. Shapes of several samples merge
 * into one; immutable.
 *
 * @param kinds the kinds of value seen
 * @param objects how many objects were seen (0 when none)
 * @param properties for objects: each property's shape and in how many objects it appeared
 * @param items for arrays: the shape of every element of every array, or {@code null} when
 *     every array was empty (or none was seen)
 */
public record Shape(Set<Kind> kinds, int objects, Map<String, Property> properties, Shape items) {

  /** A kind of JSON value; numbers split as Jackson reads them (int, long, else double). */
  public enum Kind { NULL, BOOLEAN, INT, LONG, DOUBLE, STRING, OBJECT, ARRAY }

  /** One property of the objects seen: its shape and in how many of them it appeared. */
  public record Property(Shape shape, int seen) {}

  public Shape {
    kinds = kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds);
    properties = new TreeMap<>(properties);
  }

  /** The shape of one value. */
  public static Shape of(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return scalar(Kind.NULL);
    }
    if (value.isBoolean()) {
      return scalar(Kind.BOOLEAN);
    }
    if (value.isInt() || value.isShort()) {
      return scalar(Kind.INT);
    }
    if (value.isLong()) {
      return scalar(Kind.LONG);
    }
    if (value.isNumber()) {
      return scalar(Kind.DOUBLE); // decimals and integers beyond long
    }
    if (value.isTextual() || value.isBinary()) {
      return scalar(Kind.STRING);
    }
    if (value.isArray()) {
      Shape items = null;
      for (JsonNode element : value) {
        items = items == null ? of(element) : items.merge(of(element));
      }
      return new Shape(EnumSet.of(Kind.ARRAY), 0, Map.of(), items);
    }
    Map<String, Property> properties = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      properties.put(field.getKey(), new Property(of(field.getValue()), 1));
    }
    return new Shape(EnumSet.of(Kind.OBJECT), 1, properties, null);
  }

  private static Shape scalar(Kind kind) {
    return new Shape(EnumSet.of(kind), 0, Map.of(), null);
  }

  /** The shape of values that look like this one or like {@code other}. */
  public Shape merge(Shape other) {
    EnumSet<Kind> merged = EnumSet.noneOf(Kind.class);
    merged.addAll(kinds);
    merged.addAll(other.kinds);
    Map<String, Property> mergedProperties = new LinkedHashMap<>(properties);
    other.properties.forEach((name, property) -> mergedProperties.merge(name, property,
        (mine, theirs) -> new Property(mine.shape().merge(theirs.shape()), mine.seen() + theirs.seen())));
    Shape mergedItems = items == null ? other.items : other.items == null ? items : items.merge(other.items);
    return new Shape(merged, objects + other.objects, mergedProperties, mergedItems);
  }

  public boolean isNullable() {
    return kinds.contains(Kind.NULL);
  }

  /** Whether {@code name} appeared in fewer objects than were seen, so a sample may leave it out. */
  public boolean isOptional(String name) {
    return properties.get(name).seen() < objects;
  }

  /**
   * The kinds other than null, numbers widened as JSON readers do: int and long become long when
   * both were seen, and any integer becomes double when a decimal was.
   */
  public Set<Kind> valueKinds() {
    EnumSet<Kind> values = EnumSet.noneOf(Kind.class);
    values.addAll(kinds);
    values.remove(Kind.NULL);
    if (values.contains(Kind.DOUBLE)) {
      values.remove(Kind.INT);
      values.remove(Kind.LONG);
    } else if (values.contains(Kind.LONG)) {
      values.remove(Kind.INT);
    }
    return values;
  }
}
