package dev.treaty.compatibility.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.Finding;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Avro's own {@link SchemaCompatibility} is the reference: on every case pair, in both directions,
 * Treaty reports a breaking finding exactly when Avro says incompatible (or cannot decide).
 */
class AvroOracleTest {

  static List<AvroCase> cases() {
    return AvroCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void verdictsAgreeWithAvroInBothDirections(AvroCase avroCase) {
    AvroSchema existing = avroCase.existing();
    AvroSchema proposed = avroCase.proposed();
    assertThat(treatyBreaks(proposed, existing)).as("proposed reads existing").isEqualTo(avroBreaks(proposed, existing));
    assertThat(treatyBreaks(existing, proposed)).as("existing reads proposed").isEqualTo(avroBreaks(existing, proposed));
  }

  private static boolean treatyBreaks(AvroSchema reader, AvroSchema writer) {
    return new AvroFormat().check(reader, writer, CheckOptions.DEFAULTS).stream().anyMatch(Finding::isBreaking);
  }

  private static boolean avroBreaks(AvroSchema reader, AvroSchema writer) {
    Schema readerSchema = new Schema.Parser().parse(reader.schema().toString());
    Schema writerSchema = new Schema.Parser().parse(writer.schema().toString());
    try {
      return SchemaCompatibility.checkReaderWriterCompatibility(readerSchema, writerSchema).getType()
          != SchemaCompatibilityType.COMPATIBLE;
    } catch (RuntimeException e) {
      return true;
    }
  }
}
