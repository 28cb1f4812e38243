package dev.treaty.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;

/** What the UI tests put into the registry, through the same REST API every client uses. */
final class Registrations {

  static final String ORDERS = "orders-value";
  static final String SHIPMENTS = "shipments-value";
  static final String MONEY = "shared-money";
  static final String PAYMENTS = "payments-value";
  static final String FROZEN = "frozen-value";
  static final String HOSTILE = "<img src=x onerror=\"window.hacked=1\">";

  private final Http http;

  Registrations(Http http) {
    this.http = http;
  }

  /** Orders: v1 soft-deleted, v2 adds a field with a default (safe), v3 one without (breaks BACKWARD). */
  void orders() {
    register(ORDERS, "AVRO", order(""), List.of());
    register(ORDERS, "AVRO", order(",{\"name\":\"currency\",\"type\":\"string\",\"default\":\"EUR\"}"), List.of());
    put("/config/" + Http.encode(ORDERS), "{\"compatibility\":\"NONE\"}");
    register(ORDERS, "AVRO", order(",{\"name\":\"currency\",\"type\":\"string\",\"default\":\"EUR\"}"
        + ",{\"name\":\"customer\",\"type\":\"string\",\"doc\":\"Who ordered\"}"), List.of());
    put("/config/" + Http.encode(ORDERS), "{\"compatibility\":\"BACKWARD\"}");
    ok(http.delete("/subjects/" + Http.encode(ORDERS) + "/versions/1"));
  }

  void shipments() {
    register(SHIPMENTS, "PROTOBUF", """
        syntax = "proto3";
        package shipping;
        // A parcel on its way.
        message Shipment {
          string id = 1;
          repeated string items = 2;
          int64 weight_grams = 3;
        }
        """, List.of());
  }

  /** A shared Money record and a subject whose schema references it. */
  void references() {
    register(MONEY, "AVRO",
        "{\"type\":\"record\",\"name\":\"Money\",\"namespace\":\"shop\",\"fields\":[{\"name\":\"cents\",\"type\":\"long\"}]}",
        List.of());
    register(PAYMENTS, "AVRO",
        "{\"type\":\"record\",\"name\":\"Payment\",\"namespace\":\"shop\",\"fields\":[{\"name\":\"amount\",\"type\":\"shop.Money\"}]}",
        List.of(Map.of("name", "shop.Money", "subject", MONEY, "version", 1)));
  }

  /** A subject whose name and schema documentation are markup, which must show as text. */
  void hostile() {
    register(HOSTILE, "JSON", """
        {"type":"object","description":"<script>window.hacked=2</script>","properties":{"name":{"type":"string"}}}
        """, List.of());
  }

  /** A subject in read-only mode, registered last, so its mode change is the newest event. */
  void frozen() {
    register(FROZEN, "AVRO", "\"long\"", List.of());
    put("/mode/" + FROZEN, "{\"mode\":\"READONLY\"}");
  }

  void bulk(int count) {
    for (int i = 1; i <= count; i++) {
      register(String.format("bulk-%04d", i), "AVRO", "\"string\"", List.of());
    }
  }

  private static String order(String extraFields) {
    return "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"shop\",\"fields\":["
        + "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"amount\",\"type\":\"double\"}" + extraFields + "]}";
  }

  int register(String subject, String type, String schema, List<Map<String, Object>> references) {
    Http.Answer answer = http.post("/subjects/" + Http.encode(subject) + "/versions",
        Http.json(Map.of("schemaType", type, "schema", schema, "references", references)));
    ok(answer);
    return answer.json().path("id").asInt();
  }

  private void put(String path, String body) {
    ok(http.put(path, body));
  }

  private static void ok(Http.Answer answer) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
  }
}
