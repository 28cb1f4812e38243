package dev.treaty.maven.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schemas derived from sample messages: merged types, optional properties, nesting, arrays. */
class DerivationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Two orders: the second has a long id, a decimal total, a zip code and no coupon. */
  private static final List<String> ORDERS = List.of(
      "{\"id\": 1, \"total\": 10, \"coupon\": \"SPRING\", \"address\": {\"city\": \"Oslo\"}, \"lines\": [{\"sku\": \"a\", \"qty\": 1}]}",
      "{\"id\": 3000000000, \"total\": 9.5, \"address\": {\"city\": \"Bergen\", \"zip\": \"5003\"}, \"lines\": []}");

  private static List<JsonNode> messages(List<String> lines) throws Exception {
    List<JsonNode> messages = new ArrayList<>();
    for (String line : lines) {
      messages.add(JSON.readTree(line));
    }
    return messages;
  }

  @Test
  void avroMergesNumbersMakesMissingPropertiesOptionalAndNestsRecords() throws Exception {
    JsonNode schema = Derivation.derive(messages(ORDERS), "avro");

    assertThat(schema).isEqualTo(JSON.readTree("""
        {"type": "record", "name": "Schema", "fields": [
          {"name": "address", "type": {"type": "record", "name": "Address", "fields": [
            {"name": "city", "type": "string"},
            {"name": "zip", "type": ["null", "string"], "default": null}]}},
          {"name": "coupon", "type": ["null", "string"], "default": null},
          {"name": "id", "type": "long"},
          {"name": "lines", "type": {"type": "array", "items": {"type": "record", "name": "Lines", "fields": [
            {"name": "qty", "type": "int"}, {"name": "sku", "type": "string"}]}}},
          {"name": "total", "type": "double"}]}"""));
  }

  @Test
  void jsonSchemaRequiresWhatEverySampleHas() throws Exception {
    JsonNode schema = Derivation.derive(messages(ORDERS), "JSON");

    assertThat(schema).isEqualTo(JSON.readTree("""
        {"type": "object", "properties": {
          "address": {"type": "object", "properties": {"city": {"type": "string"}, "zip": {"type": "string"}},
                      "required": ["city"]},
          "coupon": {"type": "string"},
          "id": {"type": "integer"},
          "lines": {"type": "array", "items": {"type": "object",
                    "properties": {"qty": {"type": "integer"}, "sku": {"type": "string"}}, "required": ["qty", "sku"]}},
          "total": {"type": "number"}},
         "required": ["address", "id", "lines", "total"]}"""));
  }

  @Test
  void protobufNestsMessagesRepeatsArraysAndMarksOptionalScalars() throws Exception {
    JsonNode schema = Derivation.derive(messages(ORDERS), "PROTOBUF");

    assertThat(schema.asText()).isEqualTo("""
        syntax = "proto3";

        message Schema {
          Address address = 1;
          optional string coupon = 2;
          int64 id = 3;
          repeated Lines lines = 4;
          double total = 5;
          message Address {
            string city = 1;
            optional string zip = 2;
          }
          message Lines {
            int32 qty = 1;
            string sku = 2;
          }
        }
        """);
  }

  @Test
  void aPropertyOfSeveralKindsIsAUnionInAvroAndRefusedInProtobuf() throws Exception {
    List<JsonNode> samples = messages(List.of("{\"ref\": \"A-1\"}", "{\"ref\": 7}", "{\"ref\": null}"));

    assertThat(Derivation.derive(samples, "AVRO").path("fields").get(0)).isEqualTo(JSON.readTree(
        "{\"name\": \"ref\", \"type\": [\"null\", \"int\", \"string\"], \"default\": null}"));
    assertThat(Derivation.derive(samples, "JSON").path("properties").path("ref")).isEqualTo(JSON.readTree(
        "{\"type\": [\"null\", \"integer\", \"string\"]}"));
    assertThatThrownBy(() -> Derivation.derive(samples, "PROTOBUF")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Property ref has values of several kinds [INT, STRING] across the samples");
  }

  @Test
  void namesAvroCannotHoldAreReportedAsAnInvalidSchema() throws Exception {
    assertThatThrownBy(() -> Derivation.derive(messages(List.of("{\"first-name\": \"Ada\"}")), "AVRO"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The samples give no valid AVRO schema: ");
  }
}
