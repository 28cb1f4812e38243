package dev.treaty.compatibility.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonSchemaParsingTest {

  private static JsonSchema parse(String text, ResolvedReference... references) {
    return (JsonSchema) SchemaFormats.JSON.parse(text, List.of(references));
  }

  @Test
  void malformedJsonNamesTheProblemWithLineAndColumn() {
    assertThatThrownBy(() -> parse("{\n  \"type\": \"object\",\n  \"properties\": {\n}"))
        .isInstanceOfSatisfying(InvalidSchemaException.class, e -> {
          assertThat(e.line()).isEqualTo(4);
          assertThat(e.column()).isNotNull();
          assertThat(e.getMessage()).startsWith("The schema is not valid JSON: ").contains("line 4");
        });
  }

  @Test
  void duplicateKeysAreRejectedWithTheirPosition() {
    assertThatThrownBy(() -> parse("{\"type\": \"string\",\n \"type\": \"number\"}"))
        .isInstanceOfSatisfying(InvalidSchemaException.class, e -> {
          assertThat(e.getMessage()).contains("Duplicate field 'type'");
          assertThat(e.line()).isEqualTo(2);
        });
  }

  @Test
  void emptyTextAndNonSchemaValuesAreRejected() {
    assertThatThrownBy(() -> parse("  ")).hasMessageContaining("the text is empty");
    assertThatThrownBy(() -> parse("[1, 2]")).hasMessage("A JSON Schema is an object or a boolean, not ARRAY");
    assertThatThrownBy(() -> parse("{} {}")).isInstanceOf(InvalidSchemaException.class);
  }

  @Test
  void invalidSchemasGetAClearMessage() {
    assertThatThrownBy(() -> parse("{\"type\": \"strin\"}"))
        .isInstanceOf(InvalidSchemaException.class).hasMessageStartingWith("Invalid JSON Schema: ").hasMessageContaining("strin");
    assertThatThrownBy(() -> parse("{\"minLength\": \"ten\"}"))
        .isInstanceOf(InvalidSchemaException.class).hasMessageStartingWith("Invalid JSON Schema: ");
    assertThatThrownBy(() -> parse("{\"properties\": {\"a\": {\"$ref\": \"#/definitions/missing\"}}}"))
        .isInstanceOf(InvalidSchemaException.class).hasMessageContaining("definitions");
  }

  @Test
  void draftComesFromDollarSchemaAndDefaultsToDraft7() {
    assertThat(parse("{}").draft()).isEqualTo("draft-07");
    assertThat(parse("{\"$schema\": \"http://json-schema.org/draft-04/schema#\"}").draft()).isEqualTo("draft-04");
    assertThat(parse("{\"$schema\": \"http://json-schema.org/draft-06/schema#\"}").draft()).isEqualTo("draft-06");
    assertThat(parse("{\"$schema\": \"https://json-schema.org/draft-07/schema\"}").draft()).isEqualTo("draft-07");
    assertThat(parse("true").draft()).isEqualTo("draft-07");
  }

  @Test
  void drafts2019And2020AreRefusedRatherThanReadAsDraft7() {
    assertThatThrownBy(() -> parse("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"}"))
        .isInstanceOf(InvalidSchemaException.class).hasMessageStartingWith("JSON Schema 2020-12 is not supported");
    assertThatThrownBy(() -> parse("{\"$schema\": \"https://json-schema.org/draft/2019-09/schema\"}"))
        .hasMessageStartingWith("JSON Schema 2019-09 is not supported");
    assertThatThrownBy(() -> parse("{\"$schema\": \"https://example.com/my-meta-schema\"}"))
        .hasMessageStartingWith("Unknown `$schema` https://example.com/my-meta-schema");
  }

  @Test
  void referencesResolveByNameAndByIdWithoutTheNetwork() {
    ResolvedReference address = new ResolvedReference("address.json",
        "{\"$id\": \"https://example.com/address.json\", \"type\": \"object\"}");
    assertThat(parse("{\"properties\": {\"a\": {\"$ref\": \"address.json\"}}}", address).references())
        .containsExactly(address);
    assertThat(parse("{\"properties\": {\"a\": {\"$ref\": \"https://example.com/address.json\"}}}", address))
        .isNotNull();
    assertThat(parse("{\"$id\": \"https://example.com/order.json\", \"properties\": {\"a\": {\"$ref\": \"address.json\"}}}", address))
        .isNotNull();
  }

  @Test
  void anUnresolvedReferenceIsNamedAndNeverFetched() {
    assertThatThrownBy(() -> parse("{\"properties\": {\"a\": {\"$ref\": \"https://example.com/nowhere.json\"}}}"))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessageContaining("Unresolved reference https://example.com/nowhere.json")
        .hasMessageContaining("given: []");
  }

  @Test
  void aMalformedReferenceIsNamed() {
    assertThatThrownBy(() -> parse("{\"$ref\": \"a.json\"}", new ResolvedReference("a.json", "{nope")))
        .isInstanceOf(InvalidSchemaException.class).hasMessageStartingWith("Reference a.json is not valid JSON");
  }

  @Test
  void aReferenceCycleThatNeverReachesASchemaIsRejected() {
    assertThatThrownBy(() -> parse("{\"$ref\": \"#/definitions/a\", \"definitions\": {"
        + "\"a\": {\"$ref\": \"#/definitions/b\"}, \"b\": {\"$ref\": \"#/definitions/a\"}}}"))
        .isInstanceOf(InvalidSchemaException.class).hasMessageContaining("$ref cycle");
  }

  @Test
  void recursionThroughPropertiesIsFine() {
    assertThat(parse("{\"type\": \"object\", \"properties\": {\"next\": {\"$ref\": \"#\"}}}")).isNotNull();
  }

  @Test
  void absurdNestingIsAnInvalidSchemaNotAStackOverflow() {
    String deep = "{\"items\": ".repeat(5000) + "{}" + "}".repeat(5000);
    assertThatThrownBy(() -> parse(deep)).isInstanceOf(InvalidSchemaException.class);
  }
}
