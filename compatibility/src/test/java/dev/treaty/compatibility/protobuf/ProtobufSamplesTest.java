package dev.treaty.compatibility.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Descriptors.Descriptor;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.SampleRequest;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.protobuf.internal.FileDescriptors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProtobufSamplesTest {

  private static final ProtobufFormat FORMAT = (ProtobufFormat) SchemaFormats.PROTOBUF;

  static Stream<ProtobufSchema> corpus() throws IOException {
    return ProtobufCase.all().map(ProtobufCase::folder).distinct().flatMap(folder -> Stream.of("existing", "proposed")
        .map(side -> (ProtobufSchema) FORMAT.parse(ProtobufCase.read(folder.resolve(side + ".proto")),
            new ProtobufCase(folder, null).references(side))));
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everySampleOfEveryMessageOfEveryCorpusSchemaParsesWithProtobufJavasJsonParser(ProtobufSchema schema) {
    for (Descriptor message : FileDescriptors.build(schema.linked(), false).getMessageTypes()) {
      for (String sample : FORMAT.samples(schema, new SampleRequest(5, 42, message.getFullName()))) {
        assertThat(FORMAT.validate(schema, sample, message.getFullName())).as(sample).isEmpty();
      }
    }
  }

  @Test
  void samplesTakeEveryOneofCaseAndEnumValue() {
    ProtobufSchema schema = parse("""
        syntax = "proto3";
        package shop;
        import "google/protobuf/timestamp.proto";
        message Order {
          string id = 1;
          Status status = 2;
          oneof payment { string card = 3; string voucher = 4; }
          google.protobuf.Timestamp at = 5;
          repeated string tags = 6;
          optional string note = 7;
        }
        enum Status { STATUS_UNSPECIFIED = 0; STATUS_PAID = 1; STATUS_SHIPPED = 2; }
        """);

    List<String> samples = FORMAT.samples(schema, new SampleRequest(4, 3, null));

    assertThat(samples.get(0)).doesNotContain("card").doesNotContain("voucher").doesNotContain("note").doesNotContain("tags");
    assertThat(samples.get(1)).contains("\"voucher\":").contains("\"status\":\"STATUS_PAID\"").contains("\"note\":")
        .containsPattern("\"at\":\"20");
    assertThat(samples.get(2)).contains("\"card\":").contains("\"status\":\"STATUS_SHIPPED\"");
  }

  @Test
  void anUnknownMessageIsRefusedByName() {
    ProtobufSchema schema = parse("syntax = \"proto3\"; package shop; message Order { string id = 1; }");

    assertThatThrownBy(() -> FORMAT.samples(schema, new SampleRequest(1, 1, "shop.Invoice")))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessage("The schema has no message `shop.Invoice`.");
  }

  private static ProtobufSchema parse(String text) {
    return FORMAT.parse(text, List.of());
  }
}
