package dev.treaty.compatibility.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizationTest {

  private static final String ORDER = """
      syntax = "proto3";
      package shop;
      import "google/protobuf/timestamp.proto";
      import "google/protobuf/duration.proto";

      message Order {
        reserved 20, 10 to 12;
        string id = 1;
        google.protobuf.Timestamp placed_at = 3;
        map<string, Line> lines = 2;
        oneof payment { string voucher = 5; string card = 4; }
        message Line { int32 quantity = 1; }
        enum Status { STATUS_UNSPECIFIED = 0; STATUS_DONE = 2; STATUS_OPEN = 1; }
      }
      """;

  private static final String SAME_MEANING = """
      // Same schema, written differently.
      syntax = "proto3";
      package shop;
      import "google/protobuf/duration.proto";
      import "google/protobuf/timestamp.proto";

      message Order {
        reserved 10 to 12;
        reserved 20;
        enum Status { STATUS_UNSPECIFIED = 0; STATUS_OPEN = 1; STATUS_DONE = 2; }
        message Line { int32 quantity = 1; }
        oneof payment { string card = 4; string voucher = 5; }
        map<string, .shop.Order.Line> lines = 2;
        .google.protobuf.Timestamp placed_at = 3;
        string id = 1;
      }
      """;

  private static ParsedSchema parse(String text) {
    return SchemaFormats.PROTOBUF.parse(text, List.of());
  }

  @Test
  void canonicalDropsCommentsAndLayoutButKeepsOrder() {
    ParsedSchema commented = parse("// hello\nsyntax = \"proto3\";\nmessage A {\n  // id\n  string   id=1;\n}\n");
    ParsedSchema plain = parse("syntax = \"proto3\";\nmessage A { string id = 1; }");

    assertThat(commented.canonical()).isEqualTo(plain.canonical()).doesNotContain("hello");
    assertThat(commented.fingerprint()).isEqualTo(plain.fingerprint());
  }

  @Test
  void reorderedSpellingsAreDifferentCanonicallyButEqualOnceNormalized() {
    ParsedSchema first = parse(ORDER);
    ParsedSchema second = parse(SAME_MEANING);

    assertThat(first.fingerprint()).isNotEqualTo(second.fingerprint());
    assertThat(first.normalized().canonical()).isEqualTo(second.normalized().canonical());
    assertThat(first.normalized().fingerprint()).isEqualTo(second.normalized().fingerprint());
  }

  @Test
  void normalizationKeepsMeaningfulDifferencesApart() {
    ParsedSchema renumbered = parse(ORDER.replace("string id = 1;", "string id = 6;"));
    ParsedSchema renamed = parse(ORDER.replace("STATUS_DONE = 2", "STATUS_FINISHED = 2"));

    assertThat(renumbered.normalized().fingerprint()).isNotEqualTo(parse(ORDER).normalized().fingerprint());
    assertThat(renamed.normalized().fingerprint()).isNotEqualTo(parse(ORDER).normalized().fingerprint());
  }

  @Test
  void normalizedTextQualifiesTypesSortsFieldsAndKeepsMessageOrder() {
    String normalized = parse(ORDER).normalized().canonical();

    assertThat(normalized).contains(".google.protobuf.Timestamp placed_at = 3;");
    assertThat(normalized).contains("map<string, .shop.Order.Line> lines = 2;");
    assertThat(normalized.indexOf("id = 1")).isLessThan(normalized.indexOf("lines = 2"));
    assertThat(normalized.indexOf("card = 4")).isLessThan(normalized.indexOf("voucher = 5"));
    assertThat(normalized.indexOf("STATUS_OPEN")).isLessThan(normalized.indexOf("STATUS_DONE"));
  }

  @Test
  void normalizingTwiceChangesNothing() {
    ParsedSchema once = parse(ORDER).normalized();

    assertThat(once.normalized()).isSameAs(once);
    assertThat(parse(once.canonical()).normalized().canonical()).isEqualTo(once.canonical());
  }

  @Test
  void extensionRangesAndExtendBlocksStillCountOnceNormalized() {
    String base = "syntax = \"proto2\";\npackage billing;\nmessage Invoice {\n  optional string id = 1;\n  extensions 100 to 199;\n}\n";
    String extended = base + "extend Invoice {\n  optional string region = 100;\n}\n";
    String otherRange = base.replace("100 to 199", "100 to 150");

    assertThat(parse(extended).normalized().fingerprint()).isNotEqualTo(parse(base).normalized().fingerprint());
    assertThat(parse(otherRange).normalized().fingerprint()).isNotEqualTo(parse(base).normalized().fingerprint());
    assertThat(parse(extended).normalized().canonical()).contains("extend .billing.Invoice").contains("extensions 100 to 199;");
  }

  @Test
  void proto2SyntaxIsOmittedOnceNormalized() {
    ParsedSchema explicit = parse("syntax = \"proto2\";\nmessage A { optional string id = 1; }");
    ParsedSchema implicit = parse("message A { optional string id = 1; }");

    assertThat(explicit.normalized().fingerprint()).isEqualTo(implicit.normalized().fingerprint());
  }
}
