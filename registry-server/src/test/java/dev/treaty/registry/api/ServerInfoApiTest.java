package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import org.junit.jupiter.api.Test;

class ServerInfoApiTest extends ApiTest {

  @Test
  void rootAnswersAnEmptyObject() {
    assertThat(http.get("/").json().toString()).isEqualTo("{}");
  }

  @Test
  void typesListsTheThreeFormats() {
    assertThat(http.get("/schemas/types").json().toString()).isEqualTo("[\"AVRO\",\"PROTOBUF\",\"JSON\"]");
  }

  @Test
  void contextsListTheDefaultContextFirstThenThoseOfQualifiedSubjects() {
    assertThat(http.get("/contexts").json().get(0).asText()).isEqualTo(".");
    registerId(":.staging:" + subject(), avro("InContext", "a"));

    assertThat(http.get("/contexts").json().toString()).contains("\".staging\"");
    assertThat(http.get("/contexts?limit=1").json().toString()).isEqualTo("[\".\"]");
  }

  @Test
  void metadataEndpointsDescribeTheServer() {
    JsonNode clusters = http.get("/v1/metadata/id").json().path("scope").path("clusters");
    assertThat(clusters.path("schema-registry-cluster").asText()).isNotBlank();
    assertThat(http.get("/v1/metadata/version").json().path("version").asText()).isNotBlank();
    assertThat(http.get("/v1/metadata/deployment").json().path("attributes").isArray()).isTrue();
  }

  @Test
  void answersInTheContentTypeTheClientAsksFor() {
    assertThat(get("/config", "application/json").contentType()).startsWith("application/json");
    assertThat(get("/config", "application/vnd.schemaregistry+json").contentType())
        .startsWith("application/vnd.schemaregistry+json");
    assertThat(get("/config", "*/*").contentType()).startsWith("application/vnd.schemaregistry.v1+json");
    assertThat(get("/nothing/here", "application/json").contentType()).startsWith("application/json");
  }

  @Test
  void healthChecksReportLiveAndReady() {
    assertThat(http.get("/health/live").status()).isEqualTo(200);
    Http.Answer ready = http.get("/health/ready");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().path("status").asText()).isEqualTo("UP");
  }

  @Test
  void metricsCountRequestsRegistrationsAndCacheUse() {
    registerId(subject(), avro("Metered", "a"));
    http.get("/schemas/ids/1");
    String metrics = http.get("/metrics").text();

    assertThat(metrics)
        .contains("http_server_requests_seconds_count{method=\"POST\",route=\"/subjects/{subject}/versions\",status=\"200\"}")
        .contains("treaty_registrations_total")
        .contains("treaty_compatibility_failures_total")
        .contains("treaty_schema_cache_hits_total");
  }

  @Test
  void eventsFeedListsChangesInOrderFromAPosition() {
    long start = lastEventId();
    String subject = subject();
    int id = registerId(subject, avro("Evented", "a"));
    http.put("/config/" + subject, "{\"compatibility\":\"NONE\"}");
    http.delete("/subjects/" + subject + "/versions/1");

    JsonNode events = http.get("/treaty/v1/events?after=" + start).json();
    assertThat(events.size()).isEqualTo(3);
    assertThat(events.get(0).path("type").asText()).isEqualTo("SCHEMA_REGISTERED");
    assertThat(events.get(0).path("subject").asText()).isEqualTo(subject);
    assertThat(events.get(0).path("version").asInt()).isEqualTo(1);
    assertThat(events.get(0).path("schemaId").asInt()).isEqualTo(id);
    assertThat(events.get(0).path("actor").asText()).isNotBlank();
    assertThat(events.get(0).path("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(events.get(1).path("type").asText()).isEqualTo("CONFIG_CHANGED");
    assertThat(events.get(2).path("type").asText()).isEqualTo("VERSION_SOFT_DELETED");
    assertThat(http.get("/treaty/v1/events?after=" + start + "&limit=1").json().size()).isEqualTo(1);
  }

  private static long lastEventId() {
    long last = 0;
    while (true) {
      JsonNode page = http.get("/treaty/v1/events?limit=1000&after=" + last).json();
      if (page.isEmpty()) {
        return last;
      }
      last = page.get(page.size() - 1).path("id").asLong();
    }
  }

  private static Http.Answer get(String path, String accept) {
    return http.send(http.request(path).setHeader("Accept", accept).GET().build());
  }

  @Test
  void openApiDocumentDescribesEveryRoute() throws Exception {
    JsonNode paths = http.get("/openapi.json").json().path("paths");
    String routes = java.nio.file.Files.readString(
        java.nio.file.Path.of("src/main/java/dev/treaty/registry/http/Routes.java"));
    java.util.regex.Matcher route = java.util.regex.Pattern.compile("routes\\.(get|post|put|delete)\\(\"([^\"]+)\"").matcher(routes);
    int count = 0;
    while (route.find()) {
      count++;
      assertThat(paths.path(route.group(2)).has(route.group(1))).as(route.group(1) + " " + route.group(2)).isTrue();
    }
    assertThat(count).isGreaterThan(40);
  }
}
