package dev.treaty.compatibility.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.Edit;
import dev.treaty.compatibility.JsonCompatibilityPolicy;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The complete findings of one direction, messages included, for a realistic edit. */
class JsonFindingMessagesTest {

  private static final ParsedSchema V1 = SchemaFormats.JSON.parse("""
      {"type": "object",
       "properties": {
         "id": {"type": "string"},
         "amount": {"type": "integer"},
         "tags": {"type": "array", "items": {"type": "string", "maxLength": 10}}},
       "required": ["id"]}
      """, List.of());

  private static final ParsedSchema V2 = SchemaFormats.JSON.parse("""
      {"type": "object",
       "properties": {
         "id": {"type": "string"},
         "amount": {"type": "string"},
         "tags": {"type": "array", "items": {"type": "string"}},
         "coupon": {"type": "string"}},
       "required": ["id", "amount"]}
      """, List.of());

  private static List<String> readerReadsWriter(ParsedSchema reader, ParsedSchema writer, JsonCompatibilityPolicy policy) {
    Edit edit = reader == V2 ? Edit.READER_IS_LATER : Edit.WRITER_IS_LATER;
    return SchemaFormats.JSON.check(reader, writer, edit, CheckOptions.DEFAULTS.withJsonPolicy(policy)).stream()
        .map(f -> f.severity() + " " + f.ruleId() + " " + f.path() + " " + f.message())
        .toList();
  }

  @Test
  void newReaderOfOldDataUnderStrictPolicy() {
    assertThat(readerReadsWriter(V2, V1, JsonCompatibilityPolicy.STRICT)).containsExactly(
        "BREAKING TYPE_CHANGED /properties/amount/type Property `amount` changed type from integer to string.",
        "BREAKING OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL /properties/coupon Optional property `coupon` was added"
            + " to an open object.",
        "SAFE MAX_LENGTH_REMOVED /properties/tags/items/maxLength `maxLength` 10 was removed from the `items` of"
            + " property `tags`.",
        "BREAKING REQUIRED_ATTRIBUTE_ADDED /required/1 Property `amount` of the schema is now required.");
  }

  @Test
  void lenientPolicyOnlyForgivesTheOpenContentModel() {
    assertThat(readerReadsWriter(V2, V1, JsonCompatibilityPolicy.LENIENT))
        .anyMatch(line -> line.startsWith("SAFE OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL /properties/coupon"));
    assertThat(readerReadsWriter(V2, V1, JsonCompatibilityPolicy.LENIENT)).filteredOn(line -> line.startsWith("BREAKING"))
        .hasSize(2);
  }

  /** The old reader judges the mirrored differences, but every sentence still names the edit V1 → V2. */
  @Test
  void oldReaderOfNewDataJudgesTheMirroredDifferencesButWordsTheSameEdits() {
    assertThat(readerReadsWriter(V1, V2, JsonCompatibilityPolicy.STRICT)).containsExactly(
        "BREAKING TYPE_CHANGED /properties/amount/type Property `amount` changed type from integer to string.",
        "SAFE PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL /properties/coupon Optional property `coupon` was added to an"
            + " open object.",
        "BREAKING MAX_LENGTH_ADDED /properties/tags/items/maxLength `maxLength` 10 was removed from the `items` of"
            + " property `tags`.",
        "SAFE REQUIRED_ATTRIBUTE_REMOVED /required/1 Property `amount` of the schema is now required.");
  }
}
