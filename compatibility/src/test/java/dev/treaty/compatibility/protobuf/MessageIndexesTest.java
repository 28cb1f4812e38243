package dev.treaty.compatibility.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormats;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageIndexesTest {

  private static final ProtobufSchema FILE = (ProtobufSchema) SchemaFormats.PROTOBUF.parse("""
      syntax = "proto3";
      package demo;
      message A { string id = 1; }
      enum E { E_UNSPECIFIED = 0; }
      message B {
        map<string, string> tags = 1;
        message C { int32 x = 1; }
        message D { int32 y = 1; }
      }
      service S { rpc Get (A) returns (B); }
      """, List.of());

  @Test
  void pathsCountOnlyMessagesAndSkipMapEntries() {
    assertThat(FILE.messageIndexes("demo.A")).containsExactly(0);
    assertThat(FILE.messageIndexes("demo.B")).containsExactly(1);
    assertThat(FILE.messageIndexes("demo.B.C")).containsExactly(1, 0);
    assertThat(FILE.messageIndexes("demo.B.D")).containsExactly(1, 1);
  }

  @Test
  void pathsLeadBackToTheMessage() {
    assertThat(FILE.messageAt(List.of(1, 1))).isEqualTo("demo.B.D");
    assertThat(FILE.messageAt(List.of())).isEqualTo("demo.A");
    assertThatThrownBy(() -> FILE.messageAt(List.of(5))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FILE.messageIndexes("demo.E")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFileThatOnlyReExportsWithImportPublicIndexesTheReExportedMessages() {
    ResolvedReference orders = new ResolvedReference("shop/orders.proto",
        "syntax = \"proto3\";\npackage shop;\nmessage Order {\n  string id = 1;\n}\nmessage Refund {\n  string id = 1;\n}\n");
    ProtobufSchema wrapper = (ProtobufSchema) SchemaFormats.PROTOBUF.parse(
        "syntax = \"proto3\";\npackage shop;\nimport public \"shop/orders.proto\";\n", List.of(orders));

    assertThat(wrapper.messageIndexes("shop.Refund")).containsExactly(1);
    assertThat(wrapper.messageAt(List.of())).isEqualTo("shop.Order");
  }

  @Test
  void groupMessagesTakeNoIndex() {
    ProtobufSchema schema = (ProtobufSchema) SchemaFormats.PROTOBUF.parse("syntax = \"proto2\";\npackage g;\n"
        + "message A {\n  optional group Item = 1 {\n    optional int32 n = 2;\n  }\n  message B {\n  }\n}\n", List.of());

    assertThat(schema.messageIndexes("g.A.B")).containsExactly(0, 0);
  }

  @Test
  void encodesAsZigZagVarintsWithTheShortFormForTheFirstMessage() {
    assertThat(hex(MessageIndexes.encode(List.of(0)))).isEqualTo("00");
    assertThat(hex(MessageIndexes.encode(List.of(1)))).isEqualTo("0202");
    assertThat(hex(MessageIndexes.encode(List.of(1, 1)))).isEqualTo("040202");
    assertThat(hex(MessageIndexes.encode(List.of(0, 64)))).isEqualTo("04008001");
  }

  @Test
  void decodesWhatItEncodes() {
    for (List<Integer> path : List.of(List.of(0), List.of(1), List.of(1, 1), List.of(3, 0, 200))) {
      assertThat(MessageIndexes.decode(MessageIndexes.encode(path))).isEqualTo(path);
    }
  }

  @Test
  void decodingABufferStopsWhereThePayloadStartsAndReadsTheLongFormOfTheFirstMessage() {
    ByteBuffer record = ByteBuffer.wrap(new byte[] {0x04, 0x02, 0x00, 0x0A, 0x01});
    assertThat(MessageIndexes.decode(record)).containsExactly(1, 0);
    assertThat(record.position()).isEqualTo(3);
    ByteBuffer longForm = ByteBuffer.wrap(new byte[] {0x02, 0x00, 0x0A});
    assertThat(MessageIndexes.decode(longForm)).containsExactly(0);
    assertThat(longForm.position()).isEqualTo(2);
  }

  @Test
  void rejectsTruncatedOrNegativeInput() {
    assertThatThrownBy(() -> MessageIndexes.decode(new byte[] {0x04, 0x02})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MessageIndexes.decode(new byte[] {0x01})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MessageIndexes.decode(new byte[0])).isInstanceOf(IllegalArgumentException.class);
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
