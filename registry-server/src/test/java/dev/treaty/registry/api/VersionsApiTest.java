package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionsApiTest extends ApiTest {

  @Test
  void versionsAreListedAscendingAndReadByNumberLatestAndMinusOne() {
    String subject = subject();
    registerId(subject, avro("V", "a"));
    int second = registerId(subject, avro("V", "a", "b=x"));

    assertThat(http.get("/subjects/" + subject + "/versions").json().toString()).isEqualTo("[1,2]");
    assertThat(http.get("/subjects/" + subject + "/versions/1").json().path("version").asInt()).isEqualTo(1);
    for (String latest : new String[] {"latest", "-1", "LATEST"}) {
      Http.Answer answer = http.get("/subjects/" + subject + "/versions/" + latest);
      assertThat(answer.json().path("id").asInt()).isEqualTo(second);
      assertThat(answer.json().path("subject").asText()).isEqualTo(subject);
    }
  }

  @Test
  void rawSchemaIsTheTextItself() {
    String subject = subject();
    registerId(subject, avro("Raw", "a"));

    assertThat(http.get("/subjects/" + subject + "/versions/1/schema").text()).isEqualTo(avro("Raw", "a"));
  }

  @Test
  void unknownSubjectIs40401EvenForLatest() {
    String subject = subject();
    assertThat(http.get("/subjects/" + subject + "/versions").errorCode()).isEqualTo(40401);
    Http.Answer latest = http.get("/subjects/" + subject + "/versions/latest");
    assertThat(latest.status()).isEqualTo(404);
    assertThat(latest.errorCode()).isEqualTo(40401);
    assertThat(latest.json().path("message").asText()).isEqualTo("Subject '" + subject + "' not found.");
  }

  @Test
  void missingVersionOfKnownSubjectIs40402() {
    String subject = subject();
    registerId(subject, avro("Missing", "a"));
    Http.Answer answer = http.get("/subjects/" + subject + "/versions/7");

    assertThat(answer.errorCode()).isEqualTo(40402);
    assertThat(answer.json().path("message").asText()).isEqualTo("Version 7 not found.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-2", "abc", "2147483648", "1.5"})
  void badVersionStringsAre42202(String version) {
    String subject = subject();
    registerId(subject, avro("Bad", "a"));

    Http.Answer answer = http.get("/subjects/" + subject + "/versions/" + version);
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errorCode()).isEqualTo(42202);
  }

  @ParameterizedTest
  @ValueSource(strings = {"google/protobuf/timestamp.proto", ":.ctx:orders-value", "with space", "ünïcødé-日本", "a%b"})
  void subjectsWithSlashesColonsSpacesAndUnicodeWorkPercentEncoded(String subject) {
    String unique = subject + "-" + subject();
    int id = registerId(unique, avro("Encoded", "a"));
    String path = "/subjects/" + Http.encode(unique);

    assertThat(http.get(path + "/versions/1").json().path("subject").asText()).isEqualTo(unique);
    assertThat(http.get(path + "/versions/1").json().path("id").asInt()).isEqualTo(id);
    assertThat(http.get("/subjects").json().toString()).contains(Http.json(unique));
    // the subject names the id's context (a qualified subject's id is its context's own)
    assertThat(http.get("/schemas/ids/" + id + "/subjects?subject=" + Http.encode(unique)).json().toString())
        .contains(Http.json(unique));
  }

  @Test
  void trailingSlashIsTheSameAsNone() {
    String subject = subject();
    registerId(subject, avro("Slash", "a"));

    assertThat(http.get("/subjects/" + subject + "/versions/").json().toString()).isEqualTo("[1]");
  }

  @Test
  void schemaByIdAnswersTextTypeAndOnRequestSubjectVersionAndMaxId() {
    String subject = subject();
    int id = registerId(subject, avro("ById", "a"));

    Http.Answer plain = http.get("/schemas/ids/" + id);
    assertThat(plain.json().path("schema").asText()).isEqualTo(avro("ById", "a"));
    assertThat(plain.json().path("schemaType").asText()).isEqualTo("AVRO");
    assertThat(plain.json().has("subject")).isFalse();
    assertThat(plain.json().has("maxId")).isFalse();

    Http.Answer hinted = http.get("/schemas/ids/" + id + "?subject=" + subject + "&fetchMaxId=true");
    assertThat(hinted.json().path("subject").asText()).isEqualTo(subject);
    assertThat(hinted.json().path("version").asInt()).isEqualTo(1);
    assertThat(hinted.json().path("maxId").asInt()).isGreaterThanOrEqualTo(id);

    assertThat(http.get("/schemas/ids/" + id + "?subject=&fetchMaxId=false&").json().has("subject")).isFalse();
    assertThat(http.get("/schemas/ids/" + id + "?subject=elsewhere").json().path("subject").asText()).isEqualTo(subject);
    assertThat(http.get("/schemas/ids/" + id + "/schema").text()).isEqualTo(avro("ById", "a"));
  }

  @Test
  void unknownIdIs40403() {
    Http.Answer answer = http.get("/schemas/ids/987654");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.errorCode()).isEqualTo(40403);
    assertThat(answer.json().path("message").asText()).isEqualTo("Schema 987654 not found");
    assertThat(http.get("/schemas/ids/987654/subjects").errorCode()).isEqualTo(40403);
    assertThat(http.get("/schemas/ids/987654/versions").errorCode()).isEqualTo(40403);
  }

  @Test
  void subjectsAndVersionsOfAnIdListEveryUse() {
    String first = subject();
    String second = first + "-second"; // sorts after first whatever the counter reached
    int id = registerId(first, avro("Used", "a"));
    registerId(second, avro("Used", "a"));

    assertThat(http.get("/schemas/ids/" + id + "/subjects").json().toString())
        .isEqualTo("[\"" + first + "\",\"" + second + "\"]");
    assertThat(http.get("/schemas/ids/" + id + "/versions").json().toString())
        .isEqualTo("[{\"subject\":\"" + first + "\",\"version\":1},{\"subject\":\"" + second + "\",\"version\":1}]");
  }

  @Test
  void subjectListingPagesByOffsetAfterThePrefixAndDeletedFilters() {
    String prefix = subject() + "-page-";
    for (String name : List.of("a", "b", "c", "d")) {
      registerId(prefix + name, avro("P" + name, "a"));
    }
    http.delete("/subjects/" + prefix + "b");

    assertThat(http.get("/subjects?subjectPrefix=" + prefix + "&offset=1&limit=2").json().toString())
        .isEqualTo("[\"" + prefix + "c\",\"" + prefix + "d\"]");
    assertThat(http.get("/subjects?subjectPrefix=" + prefix + "&deleted=true&offset=1&limit=2").json().toString())
        .isEqualTo("[\"" + prefix + "b\",\"" + prefix + "c\"]");
    assertThat(http.get("/subjects?subjectPrefix=" + prefix + "&offset=2").json().toString())
        .isEqualTo("[\"" + prefix + "d\"]");
    assertThat(http.get("/subjects?subjectPrefix=" + prefix + "&offset=3").json().toString()).isEqualTo("[]");
  }

  @Test
  void schemasListingFiltersByPrefixAndKeepsLatestOnly() {
    String prefix = subject() + "-list-";
    registerId(prefix + "a", avro("L", "a"));
    registerId(prefix + "a", avro("L", "a", "b=1"));
    registerId(prefix + "b", avro("M", "a"));

    assertThat(http.get("/schemas?subjectPrefix=" + prefix).json().size()).isEqualTo(3);
    var latest = http.get("/schemas?latestOnly=true&subjectPrefix=" + prefix).json();
    assertThat(latest.size()).isEqualTo(2);
    assertThat(latest.get(0).path("version").asInt()).isEqualTo(2);
    assertThat(http.get("/schemas?subjectPrefix=" + prefix + "&offset=1&limit=1").json().get(0).path("version").asInt())
        .isEqualTo(2);
  }

  @Test
  void metadataEndpointFindsTheNewestVersionWithMatchingProperties() {
    String subject = subject();
    http.post("/subjects/" + subject + "/versions", "{\"schema\":" + Http.json(avro("Meta", "a"))
        + ",\"metadata\":{\"properties\":{\"app\":\"billing\",\"tier\":\"1\"}}}");
    http.post("/subjects/" + subject + "/versions", "{\"schema\":" + Http.json(avro("Meta", "a", "b=x"))
        + ",\"metadata\":{\"properties\":{\"app\":\"billing\",\"tier\":\"2\"}}}");

    assertThat(http.get("/subjects/" + subject + "/metadata?key=app&value=billing").json().path("version").asInt())
        .isEqualTo(2);
    assertThat(http.get("/subjects/" + subject + "/metadata?deleted=false&&key=app&value=billing&key=tier&value=1")
        .json().path("version").asInt()).isEqualTo(1);
    assertThat(http.get("/subjects/" + subject + "/metadata?key=app&value=shipping").errorCode()).isEqualTo(40403);
    assertThat(http.get("/subjects/" + subject() + "/metadata?key=app&value=billing").errorCode()).isEqualTo(40401);
  }
}
