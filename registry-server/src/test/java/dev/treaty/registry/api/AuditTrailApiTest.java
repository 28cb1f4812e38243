package dev.treaty.registry.api;

import static dev.treaty.registry.api.ContractsApiTest.deploy;
import static dev.treaty.registry.api.ContractsApiTest.entry;
import static dev.treaty.registry.api.ContractsApiTest.name;
import static dev.treaty.registry.api.ContractsApiTest.publish;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The audit trail: events of settings changes and deletions say what they replaced (old.* and new.*
 * in the detail), and the recent-events route narrows by subject, application, environment, type
 * and actor.
 */
class AuditTrailApiTest extends ApiTest {

  @Test
  void configEventsRecordTheOldAndNewValueOfEachChangedField() {
    String s = subject();
    registerId(s, avro("C", "a"));
    http.put("/config/" + s, "{\"compatibility\":\"FORWARD\"}");
    http.put("/config/" + s, "{\"compatibility\":\"FULL\",\"normalize\":true}");
    http.delete("/config/" + s);

    List<Map<String, String>> details = details(s, "CONFIG_CHANGED");
    assertThat(details).containsExactly(
        Map.of("old.compatibility", "FORWARD", "new.compatibility", "FULL", "new.normalize", "true"),
        Map.of("new.compatibility", "FORWARD"));
    assertThat(details(s, "CONFIG_DELETED")).containsExactly(Map.of("old.compatibility", "FULL", "old.normalize", "true"));
  }

  @Test
  void modeEventsRecordTheModeTheyReplaced() {
    String s = subject();
    registerId(s, avro("M", "a"));
    http.put("/mode/" + s, "{\"mode\":\"READONLY\"}");
    http.put("/mode/" + s, "{\"mode\":\"READWRITE\"}");
    http.delete("/mode/" + s);

    assertThat(details(s, "MODE_CHANGED")).containsExactly(
        Map.of("old.mode", "READONLY", "new.mode", "READWRITE"),
        Map.of("new.mode", "READONLY"));
    assertThat(details(s, "MODE_DELETED")).containsExactly(Map.of("old.mode", "READWRITE"));
  }

  @Test
  void deletionsRecordTheStateTheVersionLeftAndTheSettingsThatWentWithTheSubject() {
    String s = subject();
    registerId(s, avro("D", "a"));
    http.put("/config/" + s, "{\"compatibility\":\"NONE\"}");
    http.delete("/subjects/" + s + "/versions/1");
    http.delete("/subjects/" + s + "/versions/1?permanent=true");

    assertThat(details(s, "VERSION_SOFT_DELETED")).containsExactly(Map.of("old.state", "live", "new.state", "soft-deleted"));
    assertThat(details(s, "VERSION_DELETED")).containsExactly(Map.of("old.state", "soft-deleted", "new.state", "removed"));
    // the subject's own level went with its last version, which the trail must not hide
    assertThat(details(s, "CONFIG_DELETED")).containsExactly(Map.of("old.compatibility", "NONE"));
  }

  @Test
  void gateEventsNameTheEnvironmentTheyReplaced() {
    String s = subject();
    String first = name("staging");
    String second = name("live");
    registerId(s, avro("G", "a"));
    http.put("/treaty/v1/environments/" + first, "");
    http.put("/treaty/v1/environments/" + second, "");
    http.put("/treaty/v1/subjects/" + s + "/contract-gate", "{\"environment\":\"" + first + "\"}");
    http.put("/treaty/v1/subjects/" + s + "/contract-gate", "{\"environment\":\"" + second + "\"}");
    http.delete("/treaty/v1/subjects/" + s + "/contract-gate");

    assertThat(details(s, "CONTRACT_GATE_SET")).containsExactly(
        Map.of("environment", second, "old.environment", first, "new.environment", second),
        Map.of("environment", first, "new.environment", first));
    assertThat(details(s, "CONTRACT_GATE_REMOVED")).containsExactly(Map.of("environment", second, "old.environment", second));
  }

  @Test
  void eventsNarrowBySubjectApplicationEnvironmentTypeAndActor() {
    String s = subject();
    String other = subject();
    String app = name("billing");
    String env = name("prod");
    registerId(s, avro("F", "a"));
    registerId(other, avro("F", "a"));
    publish(app, "1.0", List.of(), List.of(entry(s, avro("F", "a"))));
    deploy(env, app, "1.0");
    http.send(http.request("/config/" + s).header("Authorization", basic("alice"))
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"compatibility\":\"NONE\"}")).build());

    assertThat(types("subject=" + s)).containsExactly("CONFIG_CHANGED", "SCHEMA_REGISTERED");
    assertThat(types("application=" + app)).containsExactly("DEPLOYMENT_RECORDED", "CONTRACT_PUBLISHED");
    assertThat(types("environment=" + env)).containsExactly("DEPLOYMENT_RECORDED", "ENVIRONMENT_CREATED");
    assertThat(types("environment=" + env + "&type=ENVIRONMENT_CREATED")).containsExactly("ENVIRONMENT_CREATED");
    assertThat(types("actor=alice&subject=" + s)).containsExactly("CONFIG_CHANGED");
    assertThat(types("actor=alice&subject=" + other)).isEmpty();
    assertThat(types("subject=" + s + "&type=SCHEMA_REGISTERED")).containsExactly("SCHEMA_REGISTERED");
  }

  @Test
  void aFilteredTrailPagesBackwardsWithoutGapsOrRepeats() {
    String s = subject();
    registerId(s, avro("P", "a"));
    for (int i = 0; i < 5; i++) {
      registerId(subject(), avro("Noise", "a"));
      http.put("/config/" + s, "{\"compatibility\":\"" + (i % 2 == 0 ? "NONE" : "FULL") + "\"}");
    }
    JsonNode first = http.get("/treaty/v1/events/recent?limit=4&subject=" + s).json();
    long last = first.get(3).path("id").asLong();
    JsonNode second = http.get("/treaty/v1/events/recent?limit=4&subject=" + s + "&before=" + last).json();
    List<Long> ids = new ArrayList<>();
    first.forEach(e -> ids.add(e.path("id").asLong()));
    second.forEach(e -> ids.add(e.path("id").asLong()));
    assertThat(ids).hasSize(6).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(second.get(1).path("type").asText()).isEqualTo("SCHEMA_REGISTERED");
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":secret").getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> types(String query) {
    List<String> types = new ArrayList<>();
    http.get("/treaty/v1/events/recent?" + query).json().forEach(e -> types.add(e.path("type").asText()));
    return types;
  }

  /** The details of one subject's events of one type, newest first. */
  private static List<Map<String, String>> details(String subject, String type) {
    List<Map<String, String>> details = new ArrayList<>();
    for (JsonNode event : http.get("/treaty/v1/events/recent?subject=" + Http.encode(subject) + "&type=" + type).json()) {
      Map<String, String> detail = new TreeMap<>();
      event.path("detail").fields().forEachRemaining(f -> detail.put(f.getKey(), f.getValue().asText()));
      details.add(detail);
    }
    return details;
  }
}
