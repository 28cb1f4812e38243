package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.Http;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Treaty's read-only views for the web UI: subject list, subject, diff and recent events. */
class BrowseApiTest extends ApiTest {

  @Test
  void subjectListFiltersByNameFormatAndLevelAndPages() {
    String prefix = subject() + "-list";
    registerId(prefix + "-a", avro("A", "x"));
    registerId(prefix + "-b", avro("B", "x"));
    http.post("/subjects/" + prefix + "-c/versions", body("JSON", "{\"type\":\"object\"}", List.of()));
    registerId(prefix + "-gone", avro("G", "x"));
    http.delete("/subjects/" + prefix + "-gone");
    http.put("/config/" + prefix + "-b", "{\"compatibility\":\"FORWARD\"}");

    assertThat(names("?q=" + prefix.toUpperCase())).containsExactly(prefix + "-a", prefix + "-b", prefix + "-c");
    assertThat(names("?deleted=true&q=" + prefix)).containsExactly(prefix + "-a", prefix + "-b", prefix + "-c", prefix + "-gone");
    assertThat(names("?format=json&q=" + prefix)).containsExactly(prefix + "-c");
    assertThat(names("?level=FORWARD&q=" + prefix)).containsExactly(prefix + "-b");
    assertThat(names("?sort=updated&q=" + prefix)).first().isEqualTo(prefix + "-c");

    JsonNode page = http.get("/treaty/v1/subjects?limit=2&offset=2&q=" + prefix).json();
    assertThat(page.path("total").asInt()).isEqualTo(3);
    assertThat(page.path("subjects").size()).isEqualTo(1);
    JsonNode c = page.path("subjects").get(0);
    assertThat(c.path("schemaType").asText()).isEqualTo("JSON");
    assertThat(c.path("versions").asInt()).isEqualTo(1);
    assertThat(c.path("compatibilityLevel").asText()).isEqualTo("BACKWARD");
    assertThat(c.path("updated").asText()).endsWith("Z");
  }

  @Test
  void subjectListFindsSubjectsByTheNamesTheirLatestSchemaDeclares() {
    String prefix = subject() + "-records";
    registerId(prefix + "-a", "{\"type\":\"record\",\"name\":\"Invoice\",\"namespace\":\"com.acme.billing\",\"fields\":["
        + "{\"name\":\"lines\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"LineItem\","
        + "\"fields\":[{\"name\":\"sku\",\"type\":\"string\"}]}}}]}");
    http.post("/subjects/" + prefix + "-b/versions", body("PROTOBUF",
        "syntax = \"proto3\";\npackage shipping.v1;\n// message Invoice is only mentioned here\n"
            + "message Parcel {\n  message Label { string text = 1; }\n  Label label = 1;\n}\n", List.of()));
    http.post("/subjects/" + prefix + "-c/versions", body("JSON",
        "{\"title\":\"CustomerProfile\",\"type\":\"object\"}", List.of()));

    assertThat(names("?q=" + prefix + "&record=ACME.billing")).containsExactly(prefix + "-a");
    assertThat(names("?q=" + prefix + "&record=lineitem")).containsExactly(prefix + "-a");
    assertThat(names("?q=" + prefix + "&record=invoice")).containsExactly(prefix + "-a"); // not the comment
    assertThat(names("?q=" + prefix + "&record=shipping.v1.Parcel")).containsExactly(prefix + "-b");
    assertThat(names("?q=" + prefix + "&record=label")).containsExactly(prefix + "-b");
    assertThat(names("?q=" + prefix + "&record=customerprofile")).containsExactly(prefix + "-c");
    assertThat(names("?record=" + "com.acme.billing.Invoice")).contains(prefix + "-a");
    JsonNode page = http.get("/treaty/v1/subjects?limit=1&q=" + prefix + "&record=i").json();
    assertThat(page.path("total").asInt()).isEqualTo(3); // Invoice, shipping (and Label), CustomerProfile
    assertThat(page.path("subjects").size()).isEqualTo(1);
  }

  @Test
  void subjectListSaysWhereEachLevelIsSetAndWhichModeApplies() {
    String prefix = subject() + "-sources";
    String context = ":." + prefix.replace("subject-", "ctx") + ":";
    registerId(prefix + "-own", avro("A", "x"));
    registerId(prefix + "-inherited", avro("A", "x"));
    registerId(context + prefix + "-in-context", avro("A", "x"));
    http.put("/config/" + prefix + "-own", "{\"compatibility\":\"FORWARD\"}");
    http.put("/config/" + Http.encode(context), "{\"compatibility\":\"FULL\"}");
    http.put("/mode/" + prefix + "-own", "{\"mode\":\"READONLY\"}");

    assertThat(row(prefix + "-own")).isEqualTo("FORWARD subject READONLY");
    assertThat(row(prefix + "-inherited")).isEqualTo("BACKWARD default READWRITE");
    assertThat(row(context + prefix + "-in-context")).isEqualTo("FULL " + context + " READWRITE");
  }

  private static String row(String subject) {
    JsonNode page = http.get("/treaty/v1/subjects?q=" + Http.encode(subject)).json();
    for (JsonNode row : page.path("subjects")) {
      if (row.path("subject").asText().equals(subject)) {
        return row.path("compatibilityLevel").asText() + " " + row.path("compatibilitySource").asText() + " "
            + row.path("mode").asText();
      }
    }
    throw new AssertionError(subject + " not listed: " + page);
  }

  @Test
  void subjectDetailListsEveryVersionWithItsIdTimeAndDeletedFlag() {
    String subject = subject();
    int first = registerId(subject, avro("R", "a"));
    int second = registerId(subject, avro("R", "a", "b=x"));
    http.delete("/subjects/" + subject + "/versions/1");
    http.put("/mode/" + subject, "{\"mode\":\"READONLY\"}");

    JsonNode detail = http.get("/treaty/v1/subjects/" + subject).json();
    assertThat(detail.path("schemaType").asText()).isEqualTo("AVRO");
    assertThat(detail.path("compatibilityLevel").asText()).isEqualTo("BACKWARD");
    assertThat(detail.path("ownCompatibilityLevel").asBoolean()).isFalse();
    assertThat(detail.path("mode").asText()).isEqualTo("READONLY");
    assertThat(detail.path("ownMode").asBoolean()).isTrue();
    JsonNode versions = detail.path("versions");
    assertThat(versions.size()).isEqualTo(2);
    assertThat(versions.get(0).path("id").asInt()).isEqualTo(first);
    assertThat(versions.get(0).path("deleted").asBoolean()).isTrue();
    assertThat(versions.get(1).path("id").asInt()).isEqualTo(second);
    assertThat(versions.get(1).path("deleted").asBoolean()).isFalse();
    assertThat(http.get("/treaty/v1/subjects/" + subject() + "-none").errorCode()).isEqualTo(40401);
  }

  @Test
  void subjectsWithSlashesInTheirNamesCanBeBrowsed() {
    String subject = subject() + "/google/type/money.proto";
    registerId(subject, avro("S", "a"));
    registerId(subject, avro("S", "a", "b=x"));
    assertThat(http.get("/treaty/v1/subjects/" + Http.encode(subject)).json().path("versions").size()).isEqualTo(2);
    assertThat(http.get("/treaty/v1/subjects/" + Http.encode(subject) + "/diff?from=1&to=2").json().path("to").path("version").asInt())
        .isEqualTo(2);
  }

  /** The diff's verdict at each level must be what the compatibility endpoint answers at that level. */
  @Test
  void diffVerdictsAgreeWithTheCompatibilityEndpointAtEveryLevel() {
    List<String[]> pairs = List.of(
        new String[] {avro("P", "a"), avro("P", "a", "b")},
        new String[] {avro("P", "a", "b"), avro("P", "a")},
        new String[] {avro("P", "a"), avro("P", "a", "b=x")},
        new String[] {avro("P", "a", "b"), avro("P", "c")});
    for (String[] pair : pairs) {
      String subject = subject();
      http.put("/config/" + subject, "{\"compatibility\":\"NONE\"}");
      registerId(subject, pair[0]);
      registerId(subject, pair[1]);
      List<String> mismatches = new ArrayList<>();
      for (String level : List.of("NONE", "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE")) {
        http.put("/config/" + subject, "{\"compatibility\":\"" + level + "\"}");
        boolean expected = http.post("/compatibility/subjects/" + subject + "/versions/1", body(pair[1]))
            .json().path("is_compatible").asBoolean();
        JsonNode diff = http.get("/treaty/v1/subjects/" + subject + "/diff?from=1&to=2").json();
        boolean actual = verdict(diff, level);
        if (actual != expected) {
          mismatches.add(level + ": diff says " + actual + ", compatibility endpoint " + expected);
        }
      }
      assertThat(mismatches).as(pair[0] + " -> " + pair[1]).isEmpty();
    }
  }

  @Test
  void diffJudgesEachChangeAtEveryLevelAndListsSafeChanges() {
    String subject = subject();
    http.put("/config/" + subject, "{\"compatibility\":\"NONE\"}");
    registerId(subject, avro("D", "a"));
    registerId(subject, avro("D", "a", "b", "c=x"));
    JsonNode diff = http.get("/treaty/v1/subjects/" + subject + "/diff?from=1&to=latest").json();

    assertThat(diff.path("from").path("version").asInt()).isEqualTo(1);
    assertThat(diff.path("to").path("version").asInt()).isEqualTo(2);
    assertThat(diff.path("to").path("schema").asText()).contains("\"c\"");
    assertThat(diff.path("compatibilityLevel").asText()).isEqualTo("NONE");
    List<String> changes = new ArrayList<>();
    for (JsonNode change : diff.path("changes")) {
      // Empty lists are left out of answers, as everywhere in the API.
      String breaks = change.has("breaks") ? change.path("breaks").toString() : "[]";
      changes.add(change.path("direction").asText() + " " + change.path("severity").asText() + " "
          + change.path("path").asText() + " " + breaks);
    }
    assertThat(changes).contains(
        "BACKWARD BREAKING /fields/1 [\"BACKWARD\",\"BACKWARD_TRANSITIVE\",\"FULL\",\"FULL_TRANSITIVE\"]");
    assertThat(changes).anyMatch(change -> change.contains(" SAFE ") && change.endsWith("[]"));
    assertThat(changes).noneMatch(change -> change.contains("BREAKING") && change.contains("\"NONE\""));
  }

  @Test
  void diffOfAMissingVersionOrSubjectIsNotFound() {
    String subject = subject();
    registerId(subject, avro("M", "a"));
    assertThat(http.get("/treaty/v1/subjects/" + subject + "/diff?from=1&to=7").errorCode()).isEqualTo(40402);
    assertThat(http.get("/treaty/v1/subjects/" + subject + "/diff?from=zero&to=1").errorCode()).isEqualTo(42202);
    assertThat(http.get("/treaty/v1/subjects/" + subject() + "/diff?from=1&to=1").errorCode()).isEqualTo(40401);
  }

  @Test
  void recentEventsAreTheFeedReadBackwards() {
    for (int i = 0; i < 7; i++) {
      registerId(subject(), avro("E" + i, "a"));
    }
    JsonNode feed = http.get("/treaty/v1/events?after=0&limit=1000").json();
    List<Long> forward = new ArrayList<>();
    feed.forEach(event -> forward.add(event.path("id").asLong()));
    List<Long> newestFirst = new ArrayList<>(forward);
    java.util.Collections.reverse(newestFirst);

    List<Long> firstPage = ids(http.get("/treaty/v1/events/recent?limit=5").json());
    assertThat(firstPage).isEqualTo(newestFirst.subList(0, 5));
    List<Long> secondPage = ids(http.get("/treaty/v1/events/recent?limit=5&before=" + firstPage.get(4)).json());
    assertThat(secondPage).isEqualTo(newestFirst.subList(5, 10));
    assertThat(ids(http.get("/treaty/v1/events/recent?limit=5&before=1").json())).isEmpty();
  }

  private static List<String> names(String query) {
    List<String> names = new ArrayList<>();
    http.get("/treaty/v1/subjects" + query).json().path("subjects").forEach(s -> names.add(s.path("subject").asText()));
    return names;
  }

  private static boolean verdict(JsonNode diff, String level) {
    for (JsonNode verdict : diff.path("verdicts")) {
      if (verdict.path("level").asText().equals(level)) {
        return verdict.path("compatible").asBoolean();
      }
    }
    throw new AssertionError("No verdict for " + level + " in " + diff);
  }

  private static List<Long> ids(JsonNode events) {
    List<Long> ids = new ArrayList<>();
    events.forEach(event -> ids.add(event.path("id").asLong()));
    return ids;
  }
}
