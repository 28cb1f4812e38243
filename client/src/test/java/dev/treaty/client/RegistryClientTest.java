package dev.treaty.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.client.model.Incompatibility;
import dev.treaty.client.model.RegisterSchemaRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegistryClientTest {

  private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(4));

  private final ScriptedRegistry registry = new ScriptedRegistry();

  @AfterEach
  void stop() {
    registry.close();
  }

  private RegistryClient client(String... urls) {
    return new RegistryClient(ClientSettings.of(urls).withRetry(QUICK));
  }

  @Test
  void retriesAReadAfterAServerErrorAndReturnsTheLaterAnswer() {
    registry.answer(503, "{\"error_code\":50002,\"message\":\"timeout\"}").answer(200, "[\"orders-value\"]");

    assertThat(client(registry.url()).subjects(false)).containsExactly("orders-value");
    assertThat(registry.received()).hasSize(2);
  }

  @Test
  void givesUpAfterTheLastAttemptWithTheLastError() {
    registry.answer(503, "{\"error_code\":50002,\"message\":\"one\"}")
        .answer(429, "{\"error_code\":429,\"message\":\"two\"}")
        .answer(500, "{\"error_code\":50001,\"message\":\"three\"}");

    assertThatThrownBy(() -> client(registry.url()).subjects(false))
        .isInstanceOfSatisfying(RegistryException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(50001);
          assertThat(e.getMessage()).isEqualTo("three");
        });
    assertThat(registry.received()).hasSize(3);
  }

  @Test
  void neverRepeatsARegistration() {
    registry.answer(503, "{\"error_code\":50002,\"message\":\"timeout\"}");

    assertThatThrownBy(() -> client(registry.url()).register("s", RegisterSchemaRequest.of("AVRO", "{}", null), false))
        .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.status()).isEqualTo(503));
    assertThat(registry.received()).hasSize(1);
  }

  @Test
  void doesNotRetryAClientError() {
    registry.answer(404, "{\"error_code\":40401,\"message\":\"Subject 'x' not found.\"}");

    assertThatThrownBy(() -> client(registry.url()).versions("x", false))
        .isInstanceOfSatisfying(RegistryException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.errorCode()).isEqualTo(40401);
          assertThat(e.isNotFound()).isTrue();
          assertThat(e.getMessage()).isEqualTo("Subject 'x' not found.");
        });
    assertThat(registry.received()).hasSize(1);
  }

  @Test
  void failsOverToTheNextUrlAndStaysThere() throws IOException {
    registry.answer(200, "[1]").answer(200, "[1,2]");
    RegistryClient client = client(closedPortUrl(), registry.url());

    assertThat(client.versions("s", false)).containsExactly(1);
    assertThat(client.versions("s", false)).containsExactly(1, 2);
    assertThat(registry.received()).hasSize(2);
  }

  @Test
  void aRegistrationStillFailsOverWhenTheFirstUrlRefusesConnections() throws IOException {
    registry.answer(200, "{\"id\":7,\"version\":1}");

    assertThat(client(closedPortUrl(), registry.url())
        .register("s", RegisterSchemaRequest.of("AVRO", "{}", null), false).id()).isEqualTo(7);
  }

  @Test
  void reportsUnreachableWhenNoUrlAnswers() throws IOException {
    String url = closedPortUrl();

    assertThatThrownBy(() -> client(url).subjects(false))
        .isInstanceOf(RegistryUnreachableException.class)
        .hasMessageStartingWith("Cannot reach the registry at " + url + " (");
  }

  @Test
  void carriesTheStructuredIncompatibilitiesOfARefusedRegistration() {
    registry.answer(409, """
        {"error_code":409,"message":"Schema being registered is incompatible",
         "incompatibilities":[{"ruleId":"READER_FIELD_MISSING_DEFAULT_VALUE","path":"/fields/1",
         "message":"The field 'b' has no default value.","direction":"BACKWARD","version":1}]}""");

    assertThatThrownBy(() -> client(registry.url()).register("s", RegisterSchemaRequest.of("AVRO", "{}", null), false))
        .isInstanceOfSatisfying(RegistryException.class, e -> {
          assertThat(e.isIncompatible()).isTrue();
          assertThat(e.incompatibilities()).containsExactly(new Incompatibility(
              "READER_FIELD_MISSING_DEFAULT_VALUE", "/fields/1", null, "The field 'b' has no default value.",
              "BACKWARD", 1));
        });
  }

  @Test
  void reportsAnErrorPageThatIsNotJsonByItsStatus() {
    RegistryClient client = new RegistryClient(ClientSettings.of(registry.url()).withRetry(RetryPolicy.NONE));
    registry.answer(502, "<html>Bad gateway</html>");

    assertThatThrownBy(() -> client.subjects(false))
        .isInstanceOfSatisfying(RegistryException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(502);
          assertThat(e.getMessage()).isEqualTo("HTTP 502: <html>Bad gateway</html>");
        });
  }

  @Test
  void sendsBasicCredentials() {
    registry.answer(200, "[]");
    new RegistryClient(ClientSettings.of(registry.url()).withCredentials(Credentials.basic("ann:s3cr:et")))
        .subjects(false);

    assertThat(registry.received().get(0).authorization()).isEqualTo("Basic YW5uOnMzY3I6ZXQ=");
  }

  @Test
  void sendsABearerTokenAndConfluentsMediaType() {
    registry.answer(200, "[]");
    new RegistryClient(ClientSettings.of(registry.url()).withCredentials(Credentials.bearer("t0k")))
        .subjects(false);

    ScriptedRegistry.Received request = registry.received().get(0);
    assertThat(request.authorization()).isEqualTo("Bearer t0k");
    assertThat(request.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
  }

  @Test
  void encodesSubjectsWhole() {
    registry.answer(200, "{\"subject\":\"a\",\"version\":1,\"id\":1,\"schema\":\"x\"}");
    client(registry.url()).version("google/protobuf/any.proto:x y", "latest", true);

    assertThat(registry.received().get(0).rawPathAndQuery())
        .isEqualTo("/subjects/google%2Fprotobuf%2Fany.proto%3Ax%20y/versions/latest?deleted=true");
  }

  @Test
  void fetchesASchemaByIdOnlyOnce() {
    registry.answer(200, "{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\";\"}");
    RegistryClient client = client(registry.url());

    assertThat(client.schemaById(5).schemaType()).isEqualTo("PROTOBUF");
    assertThat(client.schemaById(5).schema()).isEqualTo("syntax = \"proto3\";");
    assertThat(registry.received()).hasSize(1);
  }

  @Test
  void sendsARegistrationAsConfluentsJsonBody() {
    registry.answer(200, "{\"id\":3}");
    client(registry.url()).register("s", RegisterSchemaRequest.of("JSON", "{\"type\":\"object\"}", List.of()), true);

    ScriptedRegistry.Received request = registry.received().get(0);
    assertThat(request.rawPathAndQuery()).isEqualTo("/subjects/s/versions?normalize=true");
    assertThat(request.body()).isEqualTo("{\"schema\":\"{\\\"type\\\":\\\"object\\\"}\",\"schemaType\":\"JSON\"}");
  }

  @Test
  void aRegistryThatIsNotReadySaysSoAtOnce() {
    registry.answer(503, "{\"status\":\"DOWN\"}");

    assertThat(client(registry.url()).isReady()).isFalse();
    assertThat(registry.received()).hasSize(1);
  }

  @Test
  void repeatsQueryParametersInOrder() {
    registry.answer(200, "{\"subject\":\"s\",\"version\":2,\"id\":9,\"schema\":\"x\"}");
    client(registry.url()).latestWithMetadata("s", java.util.Map.of("team", "a b", "app", "x"), false);

    assertThat(registry.received().get(0).rawPathAndQuery())
        .isEqualTo("/subjects/s/metadata?key=app&value=x&key=team&value=a+b");
  }

  private static String closedPortUrl() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }
  }
}
