package dev.treaty.compatibility.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.SchemaFormats;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ProtobufDescriptorsTest {

  static Stream<ProtobufCase> cases() throws IOException {
    return ProtobufCase.all().filter(c -> c.ruleSet() == ProtobufRuleSet.CONFLUENT);
  }

  private static ProtobufSchema parse(String text, ProtobufCase from, String side) {
    return (ProtobufSchema) SchemaFormats.PROTOBUF.parse(text, from.references(side));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void textToDescriptorAndBackKeepsTheSchema(ProtobufCase protobufCase) {
    ProtobufSchema original = parse(ProtobufCase.read(protobufCase.folder().resolve("proposed.proto")), protobufCase, "proposed");

    String base64 = ProtobufDescriptors.toBase64(original);
    ParsedSchema fromDescriptor = parse(base64, protobufCase, "proposed");

    assertThat(fromDescriptor.text()).isEqualTo(base64);
    assertThat(fromDescriptor.normalized().canonical()).isEqualTo(original.normalized().canonical());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void descriptorToTextAndBackGivesTheSameDescriptor(ProtobufCase protobufCase) {
    FileDescriptorProto descriptor =
        ProtobufDescriptors.toDescriptor(parse(ProtobufCase.read(protobufCase.folder().resolve("existing.proto")), protobufCase, "existing"));

    String text = ProtobufDescriptors.toProtoText(descriptor);

    assertThat(ProtobufDescriptors.toDescriptor(parse(text, protobufCase, "existing"))).isEqualTo(descriptor);
  }

  @Test
  void garbageIsNeitherProtoTextNorADescriptor() {
    assertThatThrownBy(() -> SchemaFormats.PROTOBUF.parse("bm90IGEgZGVzY3JpcHRvcg==", java.util.List.of()))
        .isInstanceOf(InvalidSchemaException.class);
    assertThatThrownBy(() -> ProtobufDescriptors.toProtoText("%%%"))
        .isInstanceOf(InvalidSchemaException.class);
    assertThat(ProtobufDescriptors.isBase64Descriptor("syntax = \"proto3\";")).isFalse();
  }
}
