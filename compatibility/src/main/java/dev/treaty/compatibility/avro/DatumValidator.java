package dev.treaty.compatibility.avro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.SchemaPath;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Checks a datum in Avro's JSON encoding against a schema, as Avro's JSON decoder would read it,
 * and reports every problem with a JSON Pointer into the payload. It is stricter than the decoder
 * where the decoder silently loses data (bytes above U+00FF, extra keys in a union object).
 */
final class DatumValidator {

  private static final Set<String> FLOAT_WORDS = Set.of("NaN", "Infinity", "-Infinity");

  private final List<Finding> findings = new ArrayList<>();

  static List<Finding> validate(Schema schema, JsonNode datum) {
    DatumValidator validator = new DatumValidator();
    validator.check(schema, datum, SchemaPath.ROOT);
    return List.copyOf(validator.findings);
  }

  private void check(Schema schema, JsonNode value, SchemaPath at) {
    switch (schema.getType()) {
      case NULL -> expect(value.isNull(), schema, value, at);
      case BOOLEAN -> expect(value.isBoolean(), schema, value, at);
      case INT -> checkIntegral(schema, value, at, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG -> checkIntegral(schema, value, at, Long.MIN_VALUE, Long.MAX_VALUE);
      case FLOAT, DOUBLE ->
          expect(value.isNumber() || value.isTextual() && FLOAT_WORDS.contains(value.asText()), schema, value, at);
      case STRING -> expect(value.isTextual(), schema, value, at);
      case BYTES -> checkBytes(schema, value, at, -1);
      case FIXED -> checkBytes(schema, value, at, schema.getFixedSize());
      case ENUM -> checkEnum(schema, value, at);
      case ARRAY -> checkArray(schema, value, at);
      case MAP -> checkMap(schema, value, at);
      case RECORD -> checkRecord(schema, value, at);
      case UNION -> checkUnion(schema, value, at);
    }
  }

  private void checkIntegral(Schema schema, JsonNode value, SchemaPath at, long min, long max) {
    if (!expect(value.isNumber(), schema, value, at)) {
      return;
    }
    boolean integral = value.isIntegralNumber() || value.decimalValue().stripTrailingZeros().scale() <= 0;
    if (!integral) {
      report(AvroRules.PAYLOAD_TYPE_MISMATCH.id(), at, "expected " + TypeNames.of(schema) + " but found the fraction " + value);
    } else if (value.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(min)) < 0
        || value.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(max)) > 0) {
      report(AvroRules.PAYLOAD_VALUE_OUT_OF_RANGE.id(), at, value + " does not fit in an Avro " + schema.getName());
    }
  }

  private void checkBytes(Schema schema, JsonNode value, SchemaPath at, int size) {
    if (!expect(value.isTextual(), schema, value, at)) {
      return;
    }
    String text = value.asText();
    if (text.chars().anyMatch(c -> c > 0xFF)) {
      report(AvroRules.PAYLOAD_VALUE_OUT_OF_RANGE.id(), at,
          "a " + schema.getType().getName() + " string may only hold characters U+0000 to U+00FF, one per byte");
    } else if (size >= 0 && text.length() != size) {
      report(AvroRules.PAYLOAD_VALUE_OUT_OF_RANGE.id(), at,
          "fixed " + schema.getFullName() + " needs exactly " + size + " bytes but has " + text.length());
    }
  }

  private void checkEnum(Schema schema, JsonNode value, SchemaPath at) {
    if (expect(value.isTextual(), schema, value, at) && !schema.hasEnumSymbol(value.asText())) {
      report(AvroRules.PAYLOAD_UNKNOWN_ENUM_SYMBOL.id(), at,
          "`" + value.asText() + "` is not a symbol of enum " + schema.getFullName() + " " + schema.getEnumSymbols());
    }
  }

  private void checkArray(Schema schema, JsonNode value, SchemaPath at) {
    if (expect(value.isArray(), schema, value, at)) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.getElementType(), value.get(i), at.index(i));
      }
    }
  }

  private void checkMap(Schema schema, JsonNode value, SchemaPath at) {
    if (expect(value.isObject(), schema, value, at)) {
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        check(schema.getValueType(), entry.getValue(), at.child(entry.getKey()));
      }
    }
  }

  private void checkRecord(Schema schema, JsonNode value, SchemaPath at) {
    if (!expect(value.isObject(), schema, value, at)) {
      return;
    }
    for (Schema.Field field : schema.getFields()) {
      JsonNode fieldValue = value.get(field.name());
      if (fieldValue == null) {
        report(AvroRules.PAYLOAD_MISSING_FIELD.id(), at.child(field.name()),
            "field `" + field.name() + "` of record " + schema.getFullName() + " is missing");
      } else {
        check(field.schema(), fieldValue, at.child(field.name()));
      }
    }
    for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (schema.getField(name) == null) {
        findings.add(Finding.safe(AvroRules.PAYLOAD_UNKNOWN_FIELD.id(), at.child(name),
            "record " + schema.getFullName() + " has no field `" + name + "`; Avro ignores it"));
      }
    }
  }

  private void checkUnion(Schema schema, JsonNode value, SchemaPath at) {
    if (value.isNull() && schema.getIndexNamed("null") != null) {
      return;
    }
    if (!value.isObject() || value.size() != 1) {
      report(AvroRules.PAYLOAD_INVALID_UNION_BRANCH.id(), at,
          "a value of " + TypeNames.of(schema) + " must be null or an object with one key naming the branch, e.g. {\"string\": \"a\"}");
      return;
    }
    String branchName = value.fieldNames().next();
    Integer index = schema.getIndexNamed(branchName);
    if (index == null || branchName.equals("null")) {
      report(AvroRules.PAYLOAD_INVALID_UNION_BRANCH.id(), at,
          "`" + branchName + "` is not a branch of " + TypeNames.of(schema));
      return;
    }
    check(schema.getTypes().get(index), value.get(branchName), at.child(branchName));
  }

  private boolean expect(boolean ok, Schema schema, JsonNode value, SchemaPath at) {
    if (!ok) {
      report(AvroRules.PAYLOAD_TYPE_MISMATCH.id(), at,
          "expected " + TypeNames.of(schema) + " but found " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return ok;
  }

  private void report(String rule, SchemaPath at, String message) {
    findings.add(Finding.breaking(rule, at, message));
  }
}
