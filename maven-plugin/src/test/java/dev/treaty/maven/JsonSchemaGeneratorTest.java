package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonSchemaGeneratorTest {

  @Test
  void classNamesComeFromTheFileName() {
    assertThat(JsonSchemaGenerator.className(Path.of("schemas/order-placed.schema.json"))).isEqualTo("OrderPlaced");
    assertThat(JsonSchemaGenerator.className(Path.of("invoice.json"))).isEqualTo("Invoice");
    assertThat(JsonSchemaGenerator.className(Path.of("2024_event.json"))).isEqualTo("Schema2024Event");
  }
}
