package dev.treaty.compatibility.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvroBadInputTest {

  private static ParsedSchema parse(String text, ResolvedReference... references) {
    return SchemaFormats.AVRO.parse(text, List.of(references));
  }

  private static InvalidSchemaException rejection(String text, ResolvedReference... references) {
    try {
      parse(text, references);
    } catch (InvalidSchemaException e) {
      return e;
    }
    throw new AssertionError("expected the schema to be rejected: " + text);
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    InvalidSchemaException e = rejection("{\"type\":\"record\",\n  \"name\":\"Order\" \"fields\":[]}");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(18);
    assertThat(e.getMessage()).startsWith("Malformed JSON at line 2, column 18: Unexpected character");
  }

  @Test
  void invalidDefaultIsRejectedWithTheFieldName() {
    assertThat(rejection("{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"qty\",\"type\":\"int\",\"default\":\"one\"}]}"))
        .hasMessageContaining("Invalid default for field qty");
  }

  @Test
  void unknownTypeNameIsNamed() {
    assertThat(rejection("{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"price\",\"type\":\"shop.Money\"}]}"))
        .hasMessageContaining("Undefined schema: shop.Money")
        .hasMessageContaining("reference is missing");
    assertThat(rejection("\"decimal\"")).hasMessageContaining("could not be resolved");
  }

  @Test
  void invalidNamesAreRejectedAsForANewConfluentSchema() {
    assertThat(rejection("{\"type\":\"record\",\"name\":\"my-order\",\"fields\":[]}")).hasMessageContaining("my-order");
  }

  @Test
  void aBrokenReferenceIsNamedInTheMessage() {
    ResolvedReference broken = new ResolvedReference("shop.Money", "{\"type\":\"record\",\"name\":\"Money\"");
    assertThat(rejection("\"string\"", broken)).hasMessageStartingWith("reference shop.Money: Malformed JSON");
  }

  @Test
  void emptyAndNonSchemaTextIsRejected() {
    assertThat(rejection("  ")).hasMessage("Empty Avro schema");
    assertThat(rejection("42")).hasMessageStartingWith("Invalid Avro schema");
    assertThat(rejection("{\"type\":\"record\",\"name\":\"R\"}")).hasMessageContaining("fields");
  }

  @Test
  void deeplyNestedSchemasAreRejectedCleanlyBeyondTheJsonNestingLimit() {
    assertThatThrownBy(() -> parse(nestedArrays(5_000, "int"))).isInstanceOf(InvalidSchemaException.class);
  }

  @Test
  void deeplyNestedSchemasWithinTheLimitCheckAndNormalize() {
    ParsedSchema ints = parse(nestedArrays(400, "int"));
    ParsedSchema strings = parse(nestedArrays(400, "string"));
    assertThat(ints.normalized().fingerprint()).isEqualTo(parse(ints.canonical()).normalized().fingerprint());
    List<Finding> findings = SchemaFormats.AVRO.check(strings, ints, CheckOptions.DEFAULTS);
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId()).isEqualTo("TYPE_MISMATCH");
      assertThat(finding.path()).isEqualTo("/items".repeat(400));
    });
  }

  @Test
  void recursiveSchemasTerminate() {
    String tree = "{\"type\":\"record\",\"name\":\"Tree\",\"fields\":[{\"name\":\"kids\",\"type\":{\"type\":\"array\",\"items\":\"Tree\"}},{\"name\":\"v\",\"type\":\"%s\"}]}";
    ParsedSchema ints = parse(tree.formatted("int"));
    ParsedSchema strings = parse(tree.formatted("string"));
    assertThat(SchemaFormats.AVRO.check(strings, ints, CheckOptions.DEFAULTS)).extracting(Finding::path).containsExactly("/fields/1/type");
    assertThat(ints.normalized().canonical()).isEqualTo(ints.canonical());
  }

  @Test
  void payloadNestedBeyondTheJsonLimitIsMalformedNotAnOverflow() {
    ParsedSchema anything = parse(nestedArrays(3, "int"));
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThat(SchemaFormats.AVRO.validate(anything, deep)).extracting(Finding::ruleId).containsExactly("PAYLOAD_MALFORMED");
  }

  private static String nestedArrays(int depth, String leaf) {
    return "{\"type\":\"array\",\"items\":".repeat(depth) + "\"" + leaf + "\"" + "}".repeat(depth);
  }
}
