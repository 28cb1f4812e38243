package dev.treaty.compatibility.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which textual differences the canonical text (Avro's compact printing, what Confluent hashes)
 * and the normalized form (Confluent's {@code normalize}) ignore, and which they keep.
 */
class AvroSchemaIdentityTest {

  private static final String ORDER =
      """
      {"type":"record","name":"Order","namespace":"shop","fields":[
        {"name":"id","type":"string"},
        {"name":"amount","type":"int","doc":"In cents.","aliases":["total","sum"],"owner":"billing","pii":false},
        {"name":"price","type":{"type":"bytes","logicalType":"decimal","precision":9}}
      ]}""";

  private static ParsedSchema parse(String text) {
    return SchemaFormats.AVRO.parse(text, List.of());
  }

  private static String variant(String from, String to) {
    String text = ORDER.replace(from, to);
    assertThat(text).as("variant must change the text").isNotEqualTo(ORDER);
    return text;
  }

  static Stream<Arguments> formatting() {
    return Stream.of(
        arguments("whitespace", "{\"type\":\"record\",", "{ \"type\" :\n \"record\" ,"),
        arguments("key order", "{\"name\":\"id\",\"type\":\"string\"}", "{\"type\":\"string\",\"name\":\"id\"}"),
        arguments("a primitive written as an object", "\"type\":\"string\"}", "\"type\":{\"type\":\"string\"}}"),
        arguments("a namespace written into the name", "\"name\":\"Order\",\"namespace\":\"shop\"", "\"name\":\"shop.Order\""),
        arguments("an explicit ascending order", "\"doc\":\"In cents.\"", "\"doc\":\"In cents.\",\"order\":\"ascending\""),
        arguments("escapes in strings", "In cents.", "In \\u0063ents."));
  }

  @ParameterizedTest(name = "canonical ignores {0}")
  @MethodSource("formatting")
  void canonicalIgnoresFormatting(String what, String from, String to) {
    ParsedSchema original = parse(ORDER);
    ParsedSchema written = parse(variant(from, to));
    assertThat(written.canonical()).isEqualTo(original.canonical());
    assertThat(written.fingerprint()).isEqualTo(original.fingerprint());
    assertThat(written.normalized().fingerprint()).isEqualTo(original.normalized().fingerprint());
  }

  static Stream<Arguments> orderingsWithoutMeaning() {
    return Stream.of(
        arguments("the order of custom properties", "\"owner\":\"billing\",\"pii\":false", "\"pii\":false,\"owner\":\"billing\""),
        arguments("the order of field aliases", "[\"total\",\"sum\"]", "[\"sum\",\"total\"]"),
        arguments("a decimal scale of zero", "\"precision\":9", "\"precision\":9,\"scale\":0"));
  }

  @ParameterizedTest(name = "only normalize ignores {0}")
  @MethodSource("orderingsWithoutMeaning")
  void normalizeAlsoIgnoresOrderingsWithoutMeaning(String what, String from, String to) {
    ParsedSchema original = parse(ORDER);
    ParsedSchema written = parse(variant(from, to));
    assertThat(written.fingerprint()).isNotEqualTo(original.fingerprint());
    assertThat(written.normalized().canonical()).isEqualTo(original.normalized().canonical());
    assertThat(written.normalized().fingerprint()).isEqualTo(original.normalized().fingerprint());
  }

  static Stream<Arguments> meaningfulChanges() {
    String id = "{\"name\":\"id\",\"type\":\"string\"},";
    return Stream.of(
        arguments("a changed type", "\"type\":\"int\"", "\"type\":\"long\""),
        arguments("a changed doc", "In cents.", "In euro cents."),
        arguments("an added alias", "[\"total\",\"sum\"]", "[\"total\",\"sum\",\"value\"]"),
        arguments("a changed property value", "\"owner\":\"billing\"", "\"owner\":\"sales\""),
        arguments("a descending order", "\"doc\":\"In cents.\"", "\"doc\":\"In cents.\",\"order\":\"descending\""),
        arguments("an added default", "\"doc\":\"In cents.\"", "\"doc\":\"In cents.\",\"default\":0"),
        arguments("a changed precision", "\"precision\":9", "\"precision\":10"),
        arguments("a non-zero scale", "\"precision\":9", "\"precision\":9,\"scale\":2"),
        arguments("another namespace", "\"namespace\":\"shop\"", "\"namespace\":\"store\""),
        arguments("an added record doc", "\"namespace\":\"shop\"", "\"namespace\":\"shop\",\"doc\":\"An order.\""),
        arguments("an added logical type", "\"type\":\"string\"}", "\"type\":{\"type\":\"string\",\"logicalType\":\"uuid\"}}"),
        arguments("swapped fields", id, ""));
  }

  @ParameterizedTest(name = "{0} is a different schema")
  @MethodSource("meaningfulChanges")
  void meaningfulChangesKeepSchemasApart(String what, String from, String to) {
    String text = variant(from, to);
    if (what.equals("swapped fields")) {
      text = text.replace("]}", ",{\"name\":\"id\",\"type\":\"string\"}]}");
    }
    ParsedSchema original = parse(ORDER);
    ParsedSchema changed = parse(text);
    assertThat(changed.fingerprint()).isNotEqualTo(original.fingerprint());
    assertThat(changed.normalized().fingerprint()).isNotEqualTo(original.normalized().fingerprint());
  }

  @Test
  void enumSymbolOrderAndDocsSurviveNormalization() {
    ParsedSchema a = parse("{\"type\":\"enum\",\"name\":\"S\",\"doc\":\"d\",\"symbols\":[\"A\",\"B\"],\"default\":\"A\"}");
    ParsedSchema b = parse("{\"type\":\"enum\",\"name\":\"S\",\"doc\":\"d\",\"symbols\":[\"B\",\"A\"],\"default\":\"A\"}");
    assertThat(a.normalized().fingerprint()).isNotEqualTo(b.normalized().fingerprint());
    assertThat(a.normalized().canonical()).contains("\"doc\":\"d\"", "\"default\":\"A\"");
  }

  @Test
  void normalizingTwiceChangesNothing() {
    ParsedSchema once = parse(variant("\"owner\":\"billing\",\"pii\":false", "\"pii\":false,\"owner\":\"billing\"")).normalized();
    assertThat(once.normalized()).isSameAs(once);
    assertThat(parse(once.text()).normalized().canonical()).isEqualTo(once.canonical());
  }

  @Test
  void recursiveAndNestedNamespacesNormalizeToAnEquivalentSchema() {
    String list =
        """
        {"type":"record","name":"Node","namespace":"lists","fields":[
          {"name":"next","type":["null","Node"],"default":null},
          {"name":"meta","type":{"type":"record","name":"Meta","namespace":"","fields":[{"name":"n","type":"int"}]}},
          {"name":"again","type":"Meta"}]}""";
    AvroSchema schema = (AvroSchema) parse(list);
    AvroSchema normalized = (AvroSchema) schema.normalized();
    assertThat(normalized.schema()).isEqualTo(schema.schema());
  }

  private static final ResolvedReference MONEY =
      new ResolvedReference("shop.Money", "{\"type\":\"record\",\"name\":\"Money\",\"namespace\":\"shop\",\"fields\":[{\"name\":\"units\",\"type\":\"long\"}]}");
  private static final ResolvedReference TAX =
      new ResolvedReference("shop.Tax", "{\"type\":\"enum\",\"name\":\"Tax\",\"namespace\":\"shop\",\"symbols\":[\"VAT\",\"NONE\"]}");
  private static final String PRICED =
      "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"shop\",\"fields\":[{\"name\":\"price\",\"type\":\"Money\"},{\"name\":\"tax\",\"type\":\"Tax\"}]}";

  @Test
  void referencedTypesStayNamesInCanonicalAndNormalizedText() {
    ParsedSchema priced = SchemaFormats.AVRO.parse(PRICED, List.of(MONEY, TAX));
    assertThat(priced.canonical()).contains("\"type\":\"Money\"").doesNotContain("units");
    assertThat(priced.normalized().text()).contains("\"type\":\"shop.Money\"").doesNotContain("units");
  }

  @Test
  void referenceOrderAndDuplicatesMatterOnlyBeforeNormalizing() {
    ParsedSchema ordered = SchemaFormats.AVRO.parse(PRICED, List.of(MONEY, TAX));
    ParsedSchema swapped = SchemaFormats.AVRO.parse(PRICED, List.of(TAX, MONEY, TAX));
    assertThat(swapped.fingerprint()).isNotEqualTo(ordered.fingerprint());
    assertThat(swapped.normalized().fingerprint()).isEqualTo(ordered.normalized().fingerprint());
    assertThat(swapped.normalized().references()).containsExactly(TAX, MONEY);
  }

  @Test
  void whitespaceInsideAReferenceDoesNotChangeTheFingerprint() {
    ResolvedReference spaced = new ResolvedReference(MONEY.name(), MONEY.text().replace(",", ",\n  "));
    assertThat(SchemaFormats.AVRO.parse(PRICED, List.of(spaced, TAX)).fingerprint())
        .isEqualTo(SchemaFormats.AVRO.parse(PRICED, List.of(MONEY, TAX)).fingerprint());
  }

  @Test
  void typesNestedInAReferenceStayNamesWhenNormalizing() {
    ResolvedReference money =
        new ResolvedReference("shop.Money", "{\"type\":\"record\",\"name\":\"Money\",\"namespace\":\"shop\",\"fields\":["
            + "{\"name\":\"currency\",\"type\":{\"type\":\"enum\",\"name\":\"Currency\",\"symbols\":[\"EUR\",\"USD\"]}}]}");
    String text = "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"shop\",\"fields\":["
        + "{\"name\":\"price\",\"type\":\"Money\"},{\"name\":\"billedIn\",\"type\":\"Currency\"}]}";
    ParsedSchema normalized = SchemaFormats.AVRO.parse(text, List.of(money)).normalized();
    assertThat(normalized.text()).contains("\"type\":\"shop.Currency\"").doesNotContain("EUR");
  }
}
