package dev.treaty.compatibility.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonSchemaIdentityTest {

  private static ParsedSchema parse(String text, ResolvedReference... references) {
    return SchemaFormats.JSON.parse(text, List.of(references));
  }

  @Test
  void canonicalTextIsCompactJsonInTheWrittenKeyOrder() {
    ParsedSchema schema = parse("{\n  \"type\" : \"object\",\n  \"properties\" : { \"id\" : { \"type\" : \"string\" } }\n}");
    assertThat(schema.canonical()).isEqualTo("{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}");
    assertThat(schema.text()).startsWith("{\n");
  }

  @Test
  void whitespaceNeverChangesTheFingerprint() {
    assertThat(parse("{\"type\":\"string\",\"maxLength\":3}").fingerprint())
        .isEqualTo(parse("{ \"type\" : \"string\" ,\n\t\"maxLength\" : 3 }").fingerprint());
  }

  @Test
  void keyOrderMattersToTheCanonicalFormButNotToTheNormalizedOne() {
    ParsedSchema a = parse("{\"type\":\"object\",\"properties\":{\"b\":{\"type\":\"string\"},\"a\":{\"type\":\"number\"}}}");
    ParsedSchema b = parse("{\"properties\":{\"a\":{\"type\":\"number\"},\"b\":{\"type\":\"string\"}},\"type\":\"object\"}");
    assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
    assertThat(a.normalized().canonical())
        .isEqualTo(b.normalized().canonical())
        .isEqualTo("{\"properties\":{\"a\":{\"type\":\"number\"},\"b\":{\"type\":\"string\"}},\"type\":\"object\"}");
    assertThat(a.normalized().fingerprint()).isEqualTo(b.normalized().fingerprint());
  }

  @Test
  void arrayOrderAndValuesStillMatterAfterNormalizing() {
    assertThat(parse("{\"enum\":[\"a\",\"b\"]}").normalized().fingerprint())
        .isNotEqualTo(parse("{\"enum\":[\"b\",\"a\"]}").normalized().fingerprint());
    assertThat(parse("{\"type\":\"string\"}").normalized().fingerprint())
        .isNotEqualTo(parse("{\"type\":\"number\"}").normalized().fingerprint());
  }

  @Test
  void normalizingSortsReferencesAndReturnsTheSameSchemaWhenAlreadyNormal() {
    ResolvedReference b = new ResolvedReference("b.json", "{\"type\":\"string\"}");
    ResolvedReference a = new ResolvedReference("a.json", "{\"type\":\"number\"}");
    String text = "{\"properties\":{\"x\":{\"$ref\":\"a.json\"},\"y\":{\"$ref\":\"b.json\"}}}";
    ParsedSchema unsorted = parse(text, b, a);
    ParsedSchema sorted = parse(text, a, b);
    assertThat(unsorted.fingerprint()).isNotEqualTo(sorted.fingerprint());
    assertThat(unsorted.normalized().references()).containsExactly(a, b);
    assertThat(unsorted.normalized().fingerprint()).isEqualTo(sorted.normalized().fingerprint());
    assertThat(sorted.normalized()).isSameAs(sorted);
  }

  @Test
  void referencedTextIsPartOfTheFingerprint() {
    String text = "{\"$ref\":\"a.json\"}";
    assertThat(parse(text, new ResolvedReference("a.json", "{\"type\":\"number\"}")).fingerprint())
        .isNotEqualTo(parse(text, new ResolvedReference("a.json", "{\"type\":\"string\"}")).fingerprint());
  }
}
