package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.registry.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * Three applications exchanging Avro (with a reference and a key), JSON Schema (with a reference)
 * and Protobuf (under the TopicRecordNameStrategy) events: every AsyncAPI document the server
 * gives, in JSON and in YAML, is valid by {@code @asyncapi/parser} with no error, and the schemas
 * in it are the registered ones.
 */
class AsyncApiValidityTest extends ApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String CUSTOMER = "{\"type\":\"record\",\"name\":\"Customer\",\"namespace\":\"com.acme\","
      + "\"fields\":[{\"name\":\"name\",\"type\":\"string\"}]}";
  private static final String ORDER = "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"com.acme\",\"fields\":["
      + "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"buyer\",\"type\":\"com.acme.Customer\"},"
      + "{\"name\":\"payer\",\"type\":[\"null\",\"Customer\"],\"default\":null}]}";
  private static final String PAYER = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\","
      + "\"properties\":{\"iban\":{\"type\":\"string\"}},\"required\":[\"iban\"]}";
  private static final String PAYMENT = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"title\":\"Payment\","
      + "\"type\":\"object\",\"properties\":{\"orderId\":{\"type\":\"string\"},\"amount\":{\"type\":\"number\"},"
      + "\"payer\":{\"$ref\":\"payer.json\"}},\"required\":[\"orderId\",\"amount\"]}";
  private static final String SHIPMENT = "syntax = \"proto3\";\npackage com.acme;\n\nmessage Shipment {\n"
      + "  string order_id = 1;\n  int32 parcels = 2;\n  repeated string tracking = 3;\n}\n";

  @Test
  void everyDocumentOfTheScenarioIsValidAndCarriesTheRegisteredSchemas() throws Exception {
    String n = subject();
    String orders = n + "-orders";
    String payments = n + "-payments";
    String shipments = n + "-shipments";
    registerId(n + "-customer", CUSTOMER);
    ok(http.post("/subjects/" + orders + "-value/versions", body("AVRO", ORDER,
        List.of(Map.of("name", "com.acme.Customer", "subject", n + "-customer", "version", 1)))));
    ok(http.post("/subjects/" + orders + "-key/versions", body("AVRO", "\"string\"", List.of())));
    ok(http.post("/subjects/" + n + "-payer/versions", body("JSON", PAYER, List.of())));
    ok(http.post("/subjects/" + payments + "-value/versions", body("JSON", PAYMENT,
        List.of(Map.of("name", "payer.json", "subject", n + "-payer", "version", 1)))));
    String shipmentSubject = shipments + "-com.acme.Shipment";
    ok(http.post("/subjects/" + shipmentSubject + "/versions", body("PROTOBUF", SHIPMENT, List.of())));

    String shop = n + "-shop";
    String billing = n + "-billing";
    String warehouse = n + "-warehouse";
    ok(ContractsApiTest.publish(shop, "1.0.0", List.of(registered(orders + "-value", List.of(Map.of(
            "id", "o-1", "buyer", Map.of("name", "Ada"), "payer", Map.of("com.acme.Customer", Map.of("name", "Bob"))))),
        registered(orders + "-key", List.of())), List.of(registered(payments + "-value", List.of()))));
    ok(ContractsApiTest.publish(billing, "2.1", List.of(registered(payments + "-value",
        List.of(Map.of("orderId", "o-1", "amount", 12.5, "payer", Map.of("iban", "CH93")))))
        , List.of(registered(orders + "-value", List.of()))));
    ok(ContractsApiTest.publish(warehouse, "7", List.of(registered(shipmentSubject, List.of())),
        List.of(registered(orders + "-value", List.of()), registered(orders + "-key", List.of()))));
    ok(http.put("/treaty/v1/applications/" + billing, Http.json(Map.of("owner", "team-billing", "description",
        "Charges orders: \"quoted\", multi-line\nand: colons."))));

    Path folder = Files.createTempDirectory("treaty-asyncapi");
    List<Path> files = new ArrayList<>();
    for (String application : List.of(shop + "?version=1.0.0", billing + "?version=2.1", warehouse + "?version=7")) {
      String path = "/treaty/v1/applications/" + application.replace("?", "/asyncapi?");
      String name = application.substring(0, application.indexOf('?'));
      Path json = folder.resolve(name + ".json");
      Files.writeString(json, http.get(path).text());
      Path yaml = folder.resolve(name + ".yaml");
      Files.writeString(yaml, http.send(http.request(path).setHeader("Accept", "application/yaml").GET().build()).text());
      files.add(json);
      files.add(yaml);
    }

    JsonNode results = AsyncApiParser.parse(files);
    for (Path file : files) {
      JsonNode result = results.path(file.toString());
      List<String> errors = new ArrayList<>();
      result.path("diagnostics").forEach(d -> {
        if (d.path("severity").asInt() == 0) {
          errors.add(d.path("message").asText() + " at " + d.path("path"));
        }
      });
      assertThat(errors).as(file.getFileName().toString()).isEmpty();
      assertThat(result.path("parsed").asBoolean()).as(file.getFileName().toString()).isTrue();
    }
    JsonNode shopParsed = results.path(folder.resolve(shop + ".json").toString()).path("messages");
    assertThat(shopParsed.size()).isEqualTo(2);
    // the envelope trait applied: CloudEvents headers and the correlation id on every message
    shopParsed.forEach(message -> {
      assertThat(message.path("headers").toString()).contains("\"ce_id\"").contains("\"ce_correlationid\"");
      assertThat(message.path("correlationId").asText()).isEqualTo("$message.header#/ce_correlationid");
    });
    assertThat(results.path(folder.resolve(warehouse + ".yaml").toString()).path("messages").path(shipmentSubject)
        .path("schemaFormat").asText()).isEqualTo("application/vnd.google.protobuf;version=3");

    JsonNode shopMessages = JSON.readTree(Files.readString(folder.resolve(shop + ".json"))).path("components").path("messages");
    // Avro: the referenced Customer inlined where Avro first meets it, so the same schema as registered
    Schema.Parser withReference = new Schema.Parser();
    withReference.parse(registered(n + "-customer"));
    Schema order = withReference.parse(registered(orders + "-value"));
    JsonNode orderPayload = shopMessages.path(orders + "-value").path("payload");
    assertThat(orderPayload.path("schemaFormat").asText()).isEqualTo("application/vnd.apache.avro+json;version=1.9.0");
    assertThat(new Schema.Parser().parse(orderPayload.path("schema").toString())).isEqualTo(order);
    assertThat(shopMessages.path(orders + "-value").path("bindings").path("kafka").path("key"))
        .isEqualTo(JSON.readTree("{\"type\":\"string\"}"));
    assertThat(shopMessages.path(orders + "-value").path("examples").get(0).path("payload").path("id").asText()).isEqualTo("o-1");

    JsonNode billingDocument = JSON.readTree(Files.readString(folder.resolve(billing + ".json")));
    assertThat(billingDocument.path("info").path("contact").path("name").asText()).isEqualTo("team-billing");
    // JSON Schema: the $ref points at the referenced schema in components; otherwise as registered
    JsonNode payment = billingDocument.path("components").path("messages").path(payments + "-value").path("payload");
    assertThat(payment.path("schemaFormat").asText()).isEqualTo("application/schema+json;version=draft-07");
    assertThat(payment.path("schema").toString().replace("#/components/schemas/payer.json", "payer.json"))
        .isEqualTo(JSON.readTree(registered(payments + "-value")).toString());
    assertThat(billingDocument.path("components").path("schemas").path("payer.json"))
        .isEqualTo(JSON.readTree(registered(n + "-payer")));

    JsonNode warehouseDocument = JSON.readTree(Files.readString(folder.resolve(warehouse + ".json")));
    assertThat(warehouseDocument.path("components").path("messages").path(shipmentSubject).path("payload").path("schema")
        .asText()).isEqualTo(registered(shipmentSubject));
    assertThat(warehouseDocument.path("channels").path(shipments).path("address").asText()).isEqualTo(shipments);
    assertThat(warehouseDocument.path("operations").path("receive-" + orders).path("action").asText()).isEqualTo("receive");
  }

  private static Map<String, Object> registered(String subject, List<Object> examples) {
    return Map.of("subject", subject, "version", 1, "examples", examples);
  }

  private static String registered(String subject) {
    return http.get("/subjects/" + subject + "/versions/1/schema").text();
  }

  private static void ok(Http.Answer answer) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
  }
}
