package dev.treaty.compatibility.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPayloadValidationTest {

  private static final ParsedSchema ORDER = SchemaFormats.JSON.parse("""
      {"type": "object",
       "properties": {
         "id": {"type": "string"},
         "amount": {"type": "number", "minimum": 0},
         "channel": {"type": "string", "default": "web"},
         "lines": {"type": "array", "items": {"$ref": "#/definitions/line"}}},
       "required": ["id", "channel"],
       "definitions": {"line": {"type": "object", "properties": {
         "sku": {"type": "string"}, "parts": {"type": "array", "items": {"$ref": "#/definitions/line"}}}}}}
      """, List.of());

  private static List<String> validate(String payload) {
    return SchemaFormats.JSON.validate(ORDER, payload).stream()
        .map(f -> f.ruleId() + " " + f.path() + " " + f.message())
        .toList();
  }

  @Test
  void aValidPayloadHasNoFindings() {
    assertThat(validate("{\"id\": \"A-1\", \"channel\": \"app\", \"amount\": 12.5}")).isEmpty();
  }

  @Test
  void everyViolationIsAFindingAtAPointerIntoThePayload() {
    assertThat(validate("{\"id\": 7, \"channel\": \"app\", \"amount\": -1, \"lines\": [{\"sku\": 1}]}"))
        .containsExactly(
            "PAYLOAD_INVALID /amount Keyword `minimum` rejects `/amount`: -1 is not greater or equal to 0",
            "PAYLOAD_INVALID /id Keyword `type` rejects `/id`: expected type: String, found: Integer",
            "PAYLOAD_INVALID /lines/0/sku Keyword `type` rejects `/lines/0/sku`: expected type: String, found: Integer");
  }

  @Test
  void aMissingRequiredPropertyIsReportedAtTheObjectEvenWithADefault() {
    assertThat(validate("{\"id\": \"A-1\"}"))
        .containsExactly("PAYLOAD_INVALID  Keyword `required` rejects the payload: required key [channel] not found");
  }

  @Test
  void recursiveSchemasValidateDeepPayloads() {
    String deep = "{\"sku\": \"x\", \"parts\": [".repeat(200) + "{}" + "]}".repeat(200);
    assertThat(validate("{\"id\": \"A-1\", \"channel\": \"app\", \"lines\": [" + deep + "]}")).isEmpty();
  }

  @Test
  void malformedPayloadIsOneFinding() {
    List<Finding> findings = SchemaFormats.JSON.validate(ORDER, "{\"id\": ");
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("PAYLOAD_MALFORMED");
      assertThat(f.isBreaking()).isTrue();
      assertThat(f.message()).startsWith("The payload is not valid JSON: ");
    });
  }
}
