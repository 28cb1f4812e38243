package dev.treaty.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchemaFormatsTest {

  @Test
  void formatsAreFoundByTheirConfluentNameInAnyCase() {
    assertThat(SchemaFormats.of("PROTOBUF")).isSameAs(SchemaFormats.PROTOBUF);
    assertThat(SchemaFormats.of("json")).isSameAs(SchemaFormats.JSON);
    assertThat(SchemaFormats.of(" Avro ")).isSameAs(SchemaFormats.AVRO);
  }

  @Test
  void aMissingTypeMeansAvroAsInConfluentsApi() {
    assertThat(SchemaFormats.of(null)).isSameAs(SchemaFormats.AVRO);
    assertThat(SchemaFormats.of("")).isSameAs(SchemaFormats.AVRO);
  }

  @Test
  void anUnknownTypeIsRejectedWithTheSupportedNames() {
    assertThatThrownBy(() -> SchemaFormats.of("XML"))
        .isInstanceOf(UnknownSchemaFormatException.class)
        .hasMessage("Unknown schema type: XML; supported types are [AVRO, PROTOBUF, JSON]");
  }
}
