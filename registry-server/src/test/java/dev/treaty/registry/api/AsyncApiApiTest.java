package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document of an application: topics read back from subject names, send and receive
 * operations, the stored schema in its own format, JSON or YAML, by version or by environment.
 */
class AsyncApiApiTest extends ApiTest {

  private static Http.Answer asyncApi(String application, String query, String accept) {
    return http.send(http.request("/treaty/v1/applications/" + application + "/asyncapi?" + query)
        .setHeader("Accept", accept).GET().build());
  }

  @Test
  void producedAndConsumedSubjectsBecomeSendAndReceiveOperationsOnTheirTopics() throws Exception {
    String app = ContractsApiTest.name("orders");
    String topic = subject();
    String value = avro("Order", "id");
    ContractsApiTest.publish(app, "1.0.0",
        List.of(ContractsApiTest.entry(topic + "-value", value), ContractsApiTest.entry(topic + "-key", "\"string\"")),
        List.of(Map.of("subject", "com.acme.Payment", "schemaType", "JSON",
            "schema", "{\"title\":\"com.acme.Payment\",\"type\":\"object\"}")));

    Http.Answer answer = asyncApi(app, "version=1.0.0", "application/json");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    JsonNode document = answer.json();
    assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
    assertThat(document.path("info").path("title").asText()).isEqualTo(app);
    assertThat(document.path("info").path("version").asText()).isEqualTo("1.0.0");
    assertThat(document.path("channels").path(topic).path("address").asText()).isEqualTo(topic);
    JsonNode send = document.path("operations").path("send-" + topic);
    assertThat(send.path("action").asText()).isEqualTo("send");
    assertThat(send.path("channel").path("$ref").asText()).isEqualTo("#/channels/" + topic);
    JsonNode message = document.path("components").path("messages").path(topic + "-value");
    assertThat(message.path("payload").path("schemaFormat").asText()).isEqualTo("application/vnd.apache.avro+json;version=1.9.0");
    assertThat(message.path("payload").path("schema")).isEqualTo(new ObjectMapper().readTree(value));
    assertThat(message.path("bindings").path("kafka").path("key").path("type").asText()).isEqualTo("string");
    // the envelope (CloudEvents headers, correlation id) is one trait every message applies
    assertThat(message.path("traits").get(0).path("$ref").asText()).isEqualTo("#/components/messageTraits/cloudEventsEnvelope");
    JsonNode envelope = document.path("components").path("messageTraits").path("cloudEventsEnvelope");
    assertThat(envelope.path("headers").path("properties").has("ce_id")).isTrue();
    assertThat(envelope.path("correlationId").path("location").asText()).isEqualTo("$message.header#/ce_correlationid");
    // the RecordNameStrategy names no topic
    JsonNode record = document.path("channels").path("com.acme.Payment");
    assertThat(record.path("address").isNull()).isTrue();
    assertThat(record.path("description").asText()).contains("RecordNameStrategy");
    assertThat(document.path("operations").path("receive-com.acme.Payment").path("action").asText()).isEqualTo("receive");
  }

  @Test
  void yamlOnAcceptAndTheDeployedVersionByEnvironment() throws Exception {
    String app = ContractsApiTest.name("yaml");
    String topic = subject();
    ContractsApiTest.publish(app, "1", List.of(ContractsApiTest.entry(topic + "-value", avro("A", "a"))), List.of());
    ContractsApiTest.publish(app, "2", List.of(ContractsApiTest.entry(topic + "-value", avro("A", "a", "b=x"))), List.of());
    String environment = ContractsApiTest.name("env");
    assertThat(ContractsApiTest.deploy(environment, app, "1").status()).isEqualTo(200);

    Http.Answer answer = asyncApi(app, "environment=" + environment, "application/yaml");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/yaml");
    JsonNode document = new YAMLMapper().readTree(answer.text());
    assertThat(document.path("info").path("version").asText()).isEqualTo("1");
    assertThat(document.path("info").path("description").asText()).contains("deployed in " + environment);
  }

  @Test
  void theApplicationsOwnerAndDescriptionAreInTheDocumentsInfo() {
    String app = ContractsApiTest.name("described");
    ContractsApiTest.publish(app, "1", List.of(ContractsApiTest.entry(subject() + "-value", avro("D", "d"))), List.of());
    Http.Answer described = http.put("/treaty/v1/applications/" + app,
        Http.json(Map.of("owner", "team-payments", "description", "Settles payments.")));
    assertThat(described.status()).isEqualTo(200);
    assertThat(http.get("/treaty/v1/applications/" + app).json().path("owner").asText()).isEqualTo("team-payments");
    assertThat(http.get("/treaty/v1/catalog").json().findValuesAsText("description")).contains("Settles payments.");

    JsonNode info = http.get("/treaty/v1/applications/" + app + "/asyncapi?version=1").json().path("info");
    assertThat(info.path("description").asText()).isEqualTo("Settles payments.");
    assertThat(info.path("contact").path("name").asText()).isEqualTo("team-payments");

    // a blank owner clears it; too long a description is refused and changes nothing
    http.put("/treaty/v1/applications/" + app, Http.json(Map.of("owner", " ", "description", "Settles payments.")));
    assertThat(http.get("/treaty/v1/applications/" + app).json().has("owner")).isFalse();
    Http.Answer tooLong = http.put("/treaty/v1/applications/" + app, Http.json(Map.of("description", "x".repeat(4097))));
    assertThat(tooLong.status()).isEqualTo(422);
    // valid JSON, but half a UTF-16 pair is no text: no database stores it as sent
    Http.Answer halfPair = http.put("/treaty/v1/applications/" + app, "{\"description\":\"Settles \\ud800\"}");
    assertThat(halfPair.status()).as(halfPair.text()).isEqualTo(422);
    assertThat(http.get("/treaty/v1/applications/" + app).json().path("description").asText()).isEqualTo("Settles payments.");
    assertThat(http.get("/treaty/v1/applications/no-such-app").status()).isEqualTo(404);
  }

  @Test
  void unknownApplicationVersionOrEnvironmentIsAConfluent404AndAMissingChoiceA422() {
    String app = ContractsApiTest.name("known");
    ContractsApiTest.publish(app, "1", List.of(ContractsApiTest.entry(subject() + "-value", avro("K", "k"))), List.of());
    for (String query : List.of(app + "?version=2", "no-such-app?version=1", app + "?environment=no-such-env")) {
      Http.Answer answer = http.get("/treaty/v1/applications/" + query.replace("?", "/asyncapi?"));
      assertThat(answer.status()).as(query).isEqualTo(404);
      assertThat(answer.json().path("error_code").asInt()).isEqualTo(404);
      assertThat(answer.json().path("message").asText()).isNotBlank();
    }
    assertThat(http.get("/treaty/v1/applications/" + app + "/asyncapi").status()).isEqualTo(422);
    assertThat(http.get("/treaty/v1/applications/" + app + "/asyncapi?version=1&environment=x").status()).isEqualTo(422);
  }
}
