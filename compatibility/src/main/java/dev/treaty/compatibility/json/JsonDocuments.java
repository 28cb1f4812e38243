package dev.treaty.compatibility.json;

import dev.treaty.compatibility.internal.JsonErrors;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.compatibility.InvalidSchemaException;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * JSON text in and out: Jackson parses (it knows lines and columns and rejects duplicate keys),
 * everit wants org.json values, and the canonical forms are Jackson's compact printing.
 */
final class JsonDocuments {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private JsonDocuments() {}

  /** Thrown for text that is not JSON; carries Jackson's location. */
  static final class MalformedJson extends Exception {
    final Integer line;
    final Integer column;

    MalformedJson(String message, Integer line, Integer column, Throwable cause) {
      super(message, cause);
      this.line = line;
      this.column = column;
    }

    InvalidSchemaException asInvalidSchema(String what) {
      return new InvalidSchemaException(what + " is not valid JSON: " + getMessage(), line, column, getCause());
    }
  }

  static JsonNode parse(String text) throws MalformedJson {
    if (text == null || text.isBlank()) {
      throw new MalformedJson("the text is empty", 1, 1, null);
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      Integer line = location == null || location.getLineNr() < 1 ? null : location.getLineNr();
      Integer column = location == null || location.getColumnNr() < 1 ? null : location.getColumnNr();
      String where = line == null ? "" : " at line " + line + ", column " + column;
      return rethrow(new MalformedJson(JsonErrors.describe(e) + where, line, column, e));
    }
  }

  private static JsonNode rethrow(MalformedJson problem) throws MalformedJson {
    throw problem;
  }

  static String compact(JsonNode node) {
    return node.toString();
  }

  /** The same document with the keys of every object in sorted order; arrays keep their order. */
  static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode sorted = JsonNodeFactory.instance.objectNode();
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      names.forEach(name -> sorted.set(name, sorted(node.get(name))));
      return sorted;
    }
    if (node.isArray()) {
      ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> sorted.add(sorted(item)));
      return sorted;
    }
    return node;
  }

  /** The org.json value everit reads: JSONObject, JSONArray, String, Number, Boolean or NULL. */
  private static Object integral(java.math.BigInteger value) {
    return value.bitLength() < 32 ? (Object) value.intValue() : value.bitLength() < 64 ? (Object) value.longValue() : value;
  }

  static Object toOrgJson(JsonNode node) {
    if (node.isObject()) {
      JSONObject object = new JSONObject();
      node.fields().forEachRemaining(field -> object.put(field.getKey(), toOrgJson(field.getValue())));
      return object;
    }
    if (node.isArray()) {
      JSONArray array = new JSONArray();
      node.forEach(item -> array.put(toOrgJson(item)));
      return array;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToInt() ? (Object) node.intValue()
          : node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      java.math.BigDecimal decimal = node.decimalValue();
      // Since draft-06 an integer is any number with a zero fractional part: 2.0 is one.
      return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0
          ? integral(decimal.toBigIntegerExact()) : decimal;
    }
    return JSONObject.NULL;
  }
}
