package dev.treaty.compatibility.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadValidationTest {

  private static final ProtobufFormat FORMAT = (ProtobufFormat) SchemaFormats.PROTOBUF;

  private static final ParsedSchema ORDER = FORMAT.parse("""
      syntax = "proto3";
      package shop;
      import "google/protobuf/timestamp.proto";
      message Order {
        string id = 1;
        int64 amount_cents = 2;
        Status status = 3;
        repeated Line lines = 4;
        map<string, string> labels = 5;
        google.protobuf.Timestamp placed_at = 6;
        message Line { string sku = 1; int32 quantity = 2; }
        enum Status { STATUS_UNSPECIFIED = 0; STATUS_PLACED = 1; }
      }
      message Refund { string order_id = 1; }
      """, List.of());

  @Test
  void aMessageInTheCanonicalJsonMappingIsValid() {
    String json = """
        {"id": "o-1", "amountCents": "1250", "status": "STATUS_PLACED",
         "lines": [{"sku": "A-1", "quantity": 2}], "labels": {"channel": "web"},
         "placedAt": "2026-11-27T10:15:30Z"}
        """;
    assertThat(FORMAT.validate(ORDER, json)).isEmpty();
  }

  @Test
  void anUnknownFieldDoesNotMatch() {
    List<Finding> findings = FORMAT.validate(ORDER, "{\"id\": \"o-1\", \"total\": 5}");

    assertThat(findings).extracting(Finding::ruleId).containsExactly("PAYLOAD_DOES_NOT_MATCH_MESSAGE");
    assertThat(findings.get(0).message()).contains("shop.Order").contains("total");
  }

  @Test
  void wrongValueTypesAndUnknownEnumNamesDoNotMatch() {
    assertThat(FORMAT.validate(ORDER, "{\"lines\": [{\"quantity\": \"many\"}]}"))
        .extracting(Finding::ruleId).containsExactly("PAYLOAD_DOES_NOT_MATCH_MESSAGE");
    assertThat(FORMAT.validate(ORDER, "{\"status\": \"STATUS_LOST\"}"))
        .extracting(Finding::ruleId).containsExactly("PAYLOAD_DOES_NOT_MATCH_MESSAGE");
  }

  @Test
  void malformedJsonIsReportedAsSuch() {
    assertThat(FORMAT.validate(ORDER, "{\"id\": "))
        .extracting(Finding::ruleId).containsExactly("PAYLOAD_INVALID_JSON");
  }

  @Test
  void aNamedMessageIsValidatedInsteadOfTheFirst() {
    assertThat(FORMAT.validate(ORDER, "{\"orderId\": \"o-1\"}", "shop.Refund")).isEmpty();
    assertThat(FORMAT.validate(ORDER, "{\"orderId\": \"o-1\"}")).isNotEmpty();
    assertThat(FORMAT.validate(ORDER, "{\"sku\": \"A\"}", "shop.Order.Line")).isEmpty();
    assertThat(FORMAT.validate(ORDER, "{}", "shop.Nothing"))
        .extracting(Finding::ruleId).containsExactly("PAYLOAD_UNKNOWN_MESSAGE");
  }

  @Test
  void aMissingProto2RequiredFieldIsReportedWithItsPath() {
    ParsedSchema invoice = FORMAT.parse("""
        syntax = "proto2";
        package billing;
        message Invoice { required string id = 1; optional Party buyer = 2; }
        message Party { required string name = 1; }
        """, List.of());

    assertThat(FORMAT.validate(invoice, "{\"id\": \"i-1\"}")).isEmpty();
    assertThat(FORMAT.validate(invoice, "{\"buyer\": {}}"))
        .extracting(Finding::ruleId, Finding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PAYLOAD_REQUIRED_FIELD_MISSING", "/buyer/name"),
            org.assertj.core.groups.Tuple.tuple("PAYLOAD_REQUIRED_FIELD_MISSING", "/id"));
  }
}
