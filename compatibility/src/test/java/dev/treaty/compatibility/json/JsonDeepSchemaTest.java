package dev.treaty.compatibility.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deep but legal input finishes with an answer: no stack overflow, no hang. */
class JsonDeepSchemaTest {

  private static ParsedSchema nestedArrays(int depth, String leaf) {
    return SchemaFormats.JSON.parse("{\"type\": \"array\", \"items\": ".repeat(depth) + leaf + "}".repeat(depth), List.of());
  }

  @Test
  void aChangeAtTheBottomOfDeepNestingIsFound() {
    List<Finding> findings = SchemaFormats.JSON.check(
        nestedArrays(450, "{\"type\": \"number\"}"), nestedArrays(450, "{\"type\": \"integer\"}"), CheckOptions.DEFAULTS);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("TYPE_EXTENDED");
      assertThat(f.path()).isEqualTo("/items".repeat(450) + "/type");
    });
  }

  @Test
  void deepPayloadsAreValidated() {
    ParsedSchema schema = nestedArrays(400, "{\"type\": \"string\"}");
    assertThat(SchemaFormats.JSON.validate(schema, "[".repeat(400) + "\"x\"" + "]".repeat(400))).isEmpty();
    assertThat(SchemaFormats.JSON.validate(schema, "[".repeat(400) + "1" + "]".repeat(400)))
        .singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("/0".repeat(400)));
  }
}
