package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Confluent's semantic lookup: an Avro schema posted with its referenced types written inline is
 * the stored version that refers to them (a serializer built from generated classes sends that).
 */
class SemanticLookupApiTest extends ApiTest {

  private static final String ADDRESS =
      "{\"type\":\"record\",\"name\":\"Address\",\"namespace\":\"com.acme\",\"fields\":[{\"name\":\"city\",\"type\":\"string\"}]}";
  private static final String CUSTOMER =
      "{\"type\":\"record\",\"name\":\"Customer\",\"namespace\":\"com.acme\",\"fields\":[{\"name\":\"address\",\"type\":\"com.acme.Address\"}]}";

  private static String inline(String address) {
    return CUSTOMER.replace("\"com.acme.Address\"", address);
  }

  /** A subject whose version 1 is {@code Customer} referring to {@code Address}; answers its id. */
  private static int registerReferring(String subject) {
    String addresses = subject();
    registerId(addresses, ADDRESS);
    Http.Answer answer = http.post("/subjects/" + subject + "/versions", body("AVRO", CUSTOMER,
        List.of(Map.of("name", "com.acme.Address", "subject", addresses, "version", 1))));
    assertThat(answer.status()).isEqualTo(200);
    return answer.json().path("id").asInt();
  }

  @Test
  void lookingUpTheSchemaWithItsReferencesInlinedFindsTheReferringVersion() {
    String subject = subject();
    int id = registerReferring(subject);

    Http.Answer found = http.post("/subjects/" + subject, body(inline(ADDRESS)));
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().path("id").asInt()).isEqualTo(id);
    assertThat(found.json().path("version").asInt()).isEqualTo(1);
    assertThat(found.json().path("references").get(0).path("name").asText()).isEqualTo("com.acme.Address");
  }

  @Test
  void anInlinedSchemaThatDiffersFindsNothing() {
    String subject = subject();
    registerReferring(subject);

    Http.Answer missing = http.post("/subjects/" + subject, body(inline(ADDRESS.replace("city", "town"))));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.errorCode()).isEqualTo(40403);
  }

  @Test
  void registeringTheInlinedSchemaReturnsTheReferringVersionInsteadOfANewOne() {
    String subject = subject();
    int id = registerReferring(subject);

    Http.Answer again = register(subject, inline(ADDRESS));
    assertThat(again.json().path("id").asInt()).isEqualTo(id);
    assertThat(again.json().path("version").asInt()).isEqualTo(1);
    assertThat(http.get("/subjects/" + subject + "/versions").json().toString()).isEqualTo("[1]");
  }
}
