package dev.treaty.compatibility.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A consumer's example judged under a producer whose schema closes the object: a key the
 * consumer's own schema does not declare breaks only when the consumer's schema closes the object
 * too; a key it declares breaks, since the producer can never send it.
 */
class JsonExamplesAsReadTest {

  private static final ParsedSchema CLOSED_PRODUCER = parse("""
      {"type": "object", "additionalProperties": false,
       "properties": {"id": {"type": "string"},
         "customer": {"type": "object", "additionalProperties": false, "properties": {"name": {"type": "string"}}}}}
      """);

  private static ParsedSchema parse(String text) {
    return SchemaFormats.JSON.parse(text, List.of());
  }

  private static List<String> asRead(ParsedSchema consumer, String example) {
    return SchemaFormats.JSON.validateAsRead(CLOSED_PRODUCER, consumer, example).stream()
        .map(f -> f.ruleId() + " " + f.path() + " " + f.message())
        .toList();
  }

  @Test
  void aKeyTheOpenConsumerDoesNotDeclareIsSkipped() {
    ParsedSchema consumer = parse("{\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"}}}");
    assertThat(asRead(consumer, "{\"id\": \"a\", \"note\": \"kept\"}")).isEmpty();
    assertThat(SchemaFormats.JSON.validate(CLOSED_PRODUCER, "{\"id\": \"a\", \"note\": \"kept\"}"))
        .as("the producer's schema alone refuses it").hasSize(1);
  }

  @Test
  void aKeyTheClosedConsumerDoesNotDeclareBreaks() {
    ParsedSchema consumer = parse(
        "{\"type\": \"object\", \"additionalProperties\": false, \"properties\": {\"id\": {\"type\": \"string\"}}}");
    assertThat(asRead(consumer, "{\"id\": \"a\", \"note\": \"kept\"}")).containsExactly(
        "PAYLOAD_INVALID  Keyword `additionalProperties` rejects the payload: extraneous key [note] is not permitted");
  }

  @Test
  void aKeyTheConsumerDeclaresBreaksSinceTheProducerNeverSendsIt() {
    ParsedSchema consumer = parse("{\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"},"
        + " \"note\": {\"type\": \"string\"}}}");
    assertThat(asRead(consumer, "{\"id\": \"a\", \"note\": \"kept\"}")).hasSize(1);
  }

  @Test
  void nestedObjectsAreJudgedByTheConsumersSchemaForThemThroughReferences() {
    ParsedSchema consumer = parse("""
        {"type": "object", "properties": {"customer": {"$ref": "#/definitions/customer"}},
         "definitions": {"customer": {"type": "object", "unevaluatedProperties": false,
           "properties": {"name": {"type": "string"}}}}}
        """);
    assertThat(asRead(consumer, "{\"note\": \"skipped\", \"customer\": {\"name\": \"n\", \"vip\": true}}"))
        .containsExactly("PAYLOAD_INVALID /customer Keyword `additionalProperties` rejects `/customer`: "
            + "extraneous key [vip] is not permitted");
  }
}
