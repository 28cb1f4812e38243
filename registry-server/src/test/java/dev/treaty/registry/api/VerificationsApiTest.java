package dev.treaty.registry.api;

import static dev.treaty.registry.api.ContractsApiTest.entry;
import static dev.treaty.registry.api.ContractsApiTest.name;
import static dev.treaty.registry.api.ContractsApiTest.publish;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerificationsApiTest extends ApiTest {

  @Test
  void canIDeployRequiringVerificationRefusesUntilTheProducerBuildRecordsAPass() {
    String producer = name("orders");
    String consumer = name("billing");
    String subject = subject();
    publish(producer, "2", List.of(entry(subject, avro("O", "id"))), List.of());
    publish(consumer, "5", List.of(), List.of(entry(subject, avro("O", "id"))));
    String ask = "/treaty/v1/can-i-deploy?application=" + producer + "&version=2&latest=true";

    assertThat(http.get(ask).json().path("deployable").asBoolean()).isTrue();
    JsonNode unverified = http.get(ask + "&requireVerification=true").json();
    assertThat(unverified.path("deployable").asBoolean()).isFalse();
    assertThat(unverified.path("verifications").toString()).isEqualTo("[{\"producer\":\"" + producer
        + "\",\"producerVersion\":\"2\",\"consumer\":\"" + consumer + "\",\"consumerVersion\":\"5\",\"status\":\"MISSING\"}]");

    assertThat(record(producer, consumer, false).status()).isEqualTo(200);
    assertThat(http.get(ask + "&requireVerification=true").json().path("verifications").get(0).path("status").asText())
        .isEqualTo("FAILED");

    JsonNode passed = record(producer, consumer, true).json();
    assertThat(passed.path("verifiedAt").asText()).isNotEmpty();
    JsonNode verified = http.get(ask + "&requireVerification=true").json();
    assertThat(verified.path("deployable").asBoolean()).isTrue();
    assertThat(verified.path("verifications").get(0).path("status").asText()).isEqualTo("PASSED");
  }

  @Test
  void resultsForUnpublishedVersionsOrWithoutAVerdictAreRefused() {
    String producer = name("orders");
    publish(producer, "1", List.of(entry(subject(), avro("P", "id"))), List.of());

    assertThat(record(producer, name("nobody"), true).status()).isEqualTo(404);
    assertThat(http.post("/treaty/v1/verifications", Http.json(Map.of("producer", producer, "producerVersion", "1",
        "consumer", producer, "consumerVersion", "1"))).json().path("message").asText())
        .isEqualTo("Field passed is required: true or false");
    assertThat(http.post("/treaty/v1/verifications", "{").status()).isEqualTo(400);
  }

  /** A result for the producer's only published version against version 5 of the consumer. */
  private static Http.Answer record(String producer, String consumer, boolean passed) {
    String producerVersion = http.get("/treaty/v1/applications/" + producer + "/versions").json().get(0).asText();
    return http.post("/treaty/v1/verifications", Http.json(Map.of("producer", producer, "producerVersion", producerVersion,
        "consumer", consumer, "consumerVersion", "5", "passed", passed, "buildUrl", "http://ci/build/9")));
  }
}
