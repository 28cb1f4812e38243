package dev.treaty.compatibility.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtobufParsingTest {

  private static final String ORDER = """
      syntax = "proto3";
      package shop;

      import "google/protobuf/timestamp.proto";
      import "common/money.proto";

      // An order.
      message Order {
        string id = 1;
        common.Money total = 2;
        google.protobuf.Timestamp placed_at = 3;
      }
      """;

  private static final ResolvedReference MONEY = new ResolvedReference("common/money.proto", """
      syntax = "proto3";
      package common;
      message Money { string currency = 1; int64 units = 2; }
      """);

  @Test
  void parsesProto3WithReferencesAndWellKnownTypes() {
    ProtobufSchema schema = (ProtobufSchema) SchemaFormats.PROTOBUF.parse(ORDER, List.of(MONEY));

    assertThat(schema.fileElement().getPackageName()).isEqualTo("shop");
    assertThat(schema.importedFileElements()).containsKeys("common/money.proto", "google/protobuf/timestamp.proto");
    assertThat(schema.references()).containsExactly(MONEY);
  }

  @Test
  void parsesProto2WithRequiredFieldsGroupsOfOptionsAndDefaults() {
    String proto2 = """
        syntax = "proto2";
        package billing;
        message Invoice {
          required string id = 1;
          optional int32 amount = 2 [default = 10, deprecated = true];
          repeated int64 lines = 3 [packed = true];
          extensions 100 to 199;
        }
        """;
    assertThat(SchemaFormats.PROTOBUF.parse(proto2, List.of()).canonical()).contains("required string id = 1;");
  }

  @Test
  void aSyntaxErrorNamesTheLineAndColumn() {
    String broken = "syntax = \"proto3\";\nmessage Order {\n  string id = ;\n}\n";
    assertThatThrownBy(() -> SchemaFormats.PROTOBUF.parse(broken, List.of()))
        .isInstanceOfSatisfying(InvalidSchemaException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isNotNull();
          assertThat(e.getMessage()).contains("schema.proto");
        });
  }

  @Test
  void anUnknownFieldTypeIsAnErrorAtTheField() {
    String unknown = "syntax = \"proto3\";\nmessage Order {\n  string id = 1;\n  Money total = 2;\n}\n";
    assertThatThrownBy(() -> SchemaFormats.PROTOBUF.parse(unknown, List.of()))
        .isInstanceOfSatisfying(InvalidSchemaException.class, e -> {
          assertThat(e.getMessage()).contains("Unknown type `Money`");
          assertThat(e.line()).isEqualTo(4);
        });
  }

  @Test
  void anImportThatIsNoReferenceIsAnErrorAtTheImport() {
    assertThatThrownBy(() -> SchemaFormats.PROTOBUF.parse(ORDER, List.of()))
        .isInstanceOfSatisfying(InvalidSchemaException.class, e -> {
          assertThat(e.getMessage()).contains("common/money.proto");
          assertThat(e.line()).isEqualTo(5);
          assertThat(e.column()).isEqualTo(8);
        });
  }

  @Test
  void cyclicImportsAreAnError() {
    ResolvedReference a = new ResolvedReference("a.proto", "syntax = \"proto3\";\nimport \"b.proto\";\nmessage A {}\n");
    ResolvedReference b = new ResolvedReference("b.proto", "syntax = \"proto3\";\nimport \"a.proto\";\nmessage B {}\n");
    assertThatThrownBy(() -> SchemaFormats.PROTOBUF.parse("syntax = \"proto3\";\nimport \"a.proto\";\n", List.of(a, b)))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessageContaining("Cyclic import")
        .hasMessageContaining("a.proto -> b.proto -> a.proto");
  }

  @Test
  void emptyTextAndGarbageAreErrors() {
    assertThatThrownBy(() -> SchemaFormats.PROTOBUF.parse("  ", List.of())).isInstanceOf(InvalidSchemaException.class);
    assertThatThrownBy(() -> SchemaFormats.PROTOBUF.parse("{\"type\": \"record\"}", List.of()))
        .isInstanceOf(InvalidSchemaException.class);
  }

  @Test
  void aLoneWordIsReportedAsBadProtoTextNotAsABadDescriptor() {
    assertThatThrownBy(() -> SchemaFormats.PROTOBUF.parse("garbage", List.of()))
        .isInstanceOfSatisfying(InvalidSchemaException.class, e -> {
          assertThat(e.getMessage()).doesNotContain("FileDescriptorProto");
          assertThat(e.line()).isEqualTo(1);
        });
  }

  @Test
  void deeplyNestedMessagesAreRejectedWithoutOverflowingTheStack() {
    String deep = "message M {\n".repeat(3000) + "}\n".repeat(3000);
    assertThatThrownBy(() -> SchemaFormats.PROTOBUF.parse(deep, List.of()))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessageContaining("schema.proto");
    String fine = "message M {\n".repeat(50) + "}\n".repeat(50);
    assertThat(SchemaFormats.PROTOBUF.parse(fine, List.of()).canonical()).contains("message M");
  }
}
