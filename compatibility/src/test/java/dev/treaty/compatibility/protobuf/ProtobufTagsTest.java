package dev.treaty.compatibility.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.protobuf.ProtobufTags.Element;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Confluent's schema tags written into and read from {@code confluent.Meta} options. */
class ProtobufTagsTest {

  private static final String ORDER = """
      syntax = "proto3";
      package acme;

      message Order {
        string ssn = 1;
        oneof payment {
          string card = 2;
        }
        message Line {
          int32 qty = 1;
        }
      }
      """;

  private static final Element SSN = new Element("acme.Order.ssn", true);
  private static final Element CARD = new Element("acme.Order.card", true);
  private static final Element LINE = new Element("acme.Order.Line", false);

  @Test
  void addedTagsLandInMetaOptionsAndTheFileImportsMetaProto() {
    String tagged = ProtobufTags.apply(ORDER,
        Map.of(SSN, Set.of("PII"), CARD, Set.of("PCI"), LINE, Set.of("DETAIL")), Map.of(), true);

    assertThat(tagged).contains("import \"confluent/meta.proto\";").contains("confluent.field_meta")
        .contains("confluent.message_meta");
    assertThat(ProtobufTags.inline(tagged))
        .containsEntry(SSN, Set.of("PII")).containsEntry(CARD, Set.of("PCI")).containsEntry(LINE, Set.of("DETAIL"))
        .hasSize(3);
    // Treaty's parser runs protoc's checks, an unknown option or import among them.
    assertThat(SchemaFormats.PROTOBUF.parse(tagged, List.of()).canonical()).isEqualTo(tagged);
  }

  @Test
  void tagsSurviveNormalization() {
    String tagged = ProtobufTags.apply(ORDER, Map.of(SSN, Set.of("PII"), LINE, Set.of("DETAIL")), Map.of(), true);

    String normalized = SchemaFormats.PROTOBUF.parse(tagged, List.of()).normalized().canonical();

    assertThat(ProtobufTags.inline(normalized)).containsEntry(SSN, Set.of("PII")).containsEntry(LINE, Set.of("DETAIL"));
  }

  @Test
  void tagsAreReadInEveryOptionForm() {
    String text = """
        syntax = "proto3";
        package acme;
        import "confluent/meta.proto";
        message Order {
          option (confluent.message_meta) = { doc: "an order", tags: ["A", "B"] };
          string ssn = 1 [(confluent.field_meta).tags = "PII", (confluent.field_meta).tags = "GDPR"];
        }
        """;

    assertThat(ProtobufTags.inline(text))
        .containsEntry(new Element("acme.Order", false), Set.of("A", "B"))
        .containsEntry(SSN, Set.of("PII", "GDPR"));
  }

  @Test
  void removingTheLastTagKeepsTheMetaOptionsOtherFields() {
    String text = """
        syntax = "proto3";
        package acme;
        import "confluent/meta.proto";
        message Order {
          option (confluent.message_meta) = { doc: "an order", tags: ["A"] };
          string ssn = 1 [(confluent.field_meta).doc = "social", (confluent.field_meta).tags = "PII"];
        }
        """;
    Element order = new Element("acme.Order", false);

    String untagged = ProtobufTags.apply(text, Map.of(), Map.of(order, Set.of("A"), SSN, Set.of("PII")), true);

    assertThat(ProtobufTags.inline(untagged)).isEmpty();
    assertThat(untagged).contains("an order").contains("social");
    SchemaFormats.PROTOBUF.parse(untagged, List.of());
  }

  @Test
  void addingBesideASubpathOptionWritesSubpathLinesProtocAccepts() {
    String text = """
        syntax = "proto3";
        package acme;
        import "confluent/meta.proto";
        message Order {
          string ssn = 1 [(confluent.field_meta).doc = "social"];
        }
        """;

    String tagged = ProtobufTags.apply(text, Map.of(SSN, Set.of("PII", "GDPR")), Map.of(), true);

    assertThat(ProtobufTags.inline(tagged)).containsEntry(SSN, Set.of("PII", "GDPR"));
    SchemaFormats.PROTOBUF.parse(tagged, List.of());
  }

  @Test
  void aPathTheFileLacksIsRefusedWhenStrictAndSkippedOtherwise() {
    Map<Element, Set<String>> missing = Map.of(new Element("acme.Order.nope", true), Set.of("PII"));

    assertThatThrownBy(() -> ProtobufTags.apply(ORDER, missing, Map.of(), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acme.Order.nope");
    assertThat(ProtobufTags.apply(ORDER, missing, Map.of(), false)).doesNotContain("confluent/meta.proto");
  }
}
