package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import org.junit.jupiter.api.Test;

/**
 * Confluent's subject aliases: a subject whose config names an {@code alias} is read, looked up,
 * checked and registered to as the subject it names, one hop only; its own config stays its own.
 */
class SubjectAliasApiTest extends ApiTest {

  private static String aliasOf(String target) {
    String alias = subject();
    assertThat(http.put("/config/" + alias, "{\"alias\":\"" + target + "\"}").status()).isEqualTo(200);
    return alias;
  }

  @Test
  void readsThroughAnAliasAnswerTheSubjectItNames() {
    String target = subject();
    int id = registerId(target, avro("Aliased", "a"));
    String alias = aliasOf(target);

    assertThat(http.get("/subjects/" + alias + "/versions").json().toString()).isEqualTo("[1]");
    Http.Answer version = http.get("/subjects/" + alias + "/versions/1");
    assertThat(version.json().path("subject").asText()).isEqualTo(target);
    assertThat(version.json().path("id").asInt()).isEqualTo(id);
    assertThat(http.get("/subjects/" + alias + "/versions/latest/schema").json().path("name").asText()).isEqualTo("Aliased");
    Http.Answer lookup = http.post("/subjects/" + alias, body(avro("Aliased", "a")));
    assertThat(lookup.json().path("subject").asText()).isEqualTo(target);
    // the alias keeps its own config, so the alias can be changed or removed
    assertThat(http.get("/config/" + alias).json().path("alias").asText()).isEqualTo(target);
  }

  @Test
  void registrationsAndChecksThroughAnAliasGoToTheSubjectItNames() {
    String target = subject();
    registerId(target, avro("Grown", "a"));
    http.put("/config/" + target, "{\"compatibility\":\"BACKWARD\"}");
    String alias = aliasOf(target);

    Http.Answer compatible = http.post("/compatibility/subjects/" + alias + "/versions/latest", body(avro("Grown", "a", "b=x")));
    assertThat(compatible.json().path("is_compatible").asBoolean()).isTrue();
    Http.Answer breaking = http.post("/compatibility/subjects/" + alias + "/versions/latest", body(avro("Grown", "a", "c")));
    assertThat(breaking.json().path("is_compatible").asBoolean()).isFalse();

    assertThat(register(alias, avro("Grown", "a", "b=x")).status()).isEqualTo(200);
    assertThat(http.get("/subjects/" + target + "/versions").json().toString()).isEqualTo("[1,2]");
    assertThat(http.get("/subjects/" + alias + "/versions").json().toString()).isEqualTo("[1,2]");
  }

  @Test
  void anAliasOfAnAliasIsNotFollowed() {
    String target = subject();
    registerId(target, avro("Chained", "a"));
    String middle = aliasOf(target);
    String first = aliasOf(middle);

    assertThat(http.get("/subjects/" + first + "/versions").errorCode()).isEqualTo(40401);
  }

  @Test
  void anUnqualifiedAliasInAContextNamesASubjectInThatContext() {
    String target = subject();
    registerId(":.aliases:" + target, avro("InContext", "a"));
    registerId(target, avro("Default", "a"));
    String alias = ":.aliases:" + subject();
    http.put("/config/" + alias, "{\"alias\":\"" + target + "\"}");

    assertThat(http.get("/subjects/" + alias + "/versions/1").json().path("subject").asText()).isEqualTo(":.aliases:" + target);
  }
}
