package dev.treaty.compatibility.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.SchemaFormats;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DecoderFactory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Avro's own JSON decoder is the reference for payloads: an example is valid for Treaty exactly
 * when {@link GenericDatumReader} over a JSON decoder reads it, except in the cases marked
 * {@code decoder-differs.txt}, where the decoder silently loses data and Treaty is stricter.
 */
class AvroDecoderCrossCheckTest {

  static List<AvroPayloadCase> cases() {
    return AvroPayloadCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validityAgreesWithAvrosJsonDecoder(AvroPayloadCase payloadCase) {
    boolean treatyValid =
        SchemaFormats.AVRO.validate(payloadCase.schema(), payloadCase.payload()).stream().noneMatch(Finding::isBreaking);
    boolean avroReads = avroReads(payloadCase.schema().schema(), payloadCase.payload());
    if (payloadCase.decoderDiffers().isPresent()) {
      assertThat(avroReads).as(payloadCase.decoderDiffers().get()).isTrue();
      assertThat(treatyValid).isFalse();
    } else {
      assertThat(treatyValid).isEqualTo(avroReads);
    }
  }

  private static boolean avroReads(Schema schema, String json) {
    try {
      new GenericDatumReader<Object>(schema).read(null, DecoderFactory.get().jsonDecoder(schema, json));
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
