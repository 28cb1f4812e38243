package dev.treaty.registry.security;

import static dev.treaty.registry.security.SecuredRegistry.basic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding 6: malformed and sneaky requests get the documented 4xx, audit names identities, and
 * no listing or reference reaches past the caller's grants.
 */
class RequestHygieneTest {

  private static final TestJwts JWTS = new TestJwts();
  private static final String SCHEMA = Http.json(Map.of("schema", "\"string\""));
  private static SecuredRegistry registry;

  @BeforeAll
  static void start() {
    registry = SecuredRegistry.start(JWTS.settings());
    for (String subject : List.of("team-a.one", "team-a.two", "team-a.three", "team-b.one", ":.secretctx:team-a.x")) {
      registry.send(basic("admin"), "POST", "/subjects/" + Http.encode(subject) + "/versions", SCHEMA);
    }
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  private static String post(String path, String extraHeaders, String body) {
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + basic("admin") + "\r\n" + extraHeaders
        + "\r\n" + body;
  }

  @Test
  void aMalformedChunkedBodyIsA400() {
    String answer = RawHttp.exchange(registry.port(), post("/subjects/team-b.chunked/versions",
        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", "zz\r\n{\"schema\"\r\n0\r\n\r\n"));
    assertThat(RawHttp.status(answer)).as(answer).isEqualTo(400);
    assertThat(answer).contains("\"error_code\":400");
  }

  @Test
  void aMethodOverrideHeaderIsRefusedAndChangesNothing() {
    String answer = RawHttp.exchange(registry.port(), "GET /subjects/team-a.one HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Authorization: " + basic("admin") + "\r\nX-HTTP-Method-Override: DELETE\r\n\r\n");
    assertThat(RawHttp.status(answer)).as(answer).isEqualTo(400);
    assertThat(registry.send(basic("reader"), "GET", "/subjects/team-a.one/versions", null).status()).isEqualTo(200);
  }

  @Test
  void aWriteWhoseBodyIsNotJsonIsA415() {
    String textPlain = RawHttp.exchange(registry.port(), post("/subjects/team-b.plain/versions",
        "Content-Type: text/plain\r\nContent-Length: " + SCHEMA.length() + "\r\n", SCHEMA));
    String untyped = RawHttp.exchange(registry.port(), post("/subjects/team-b.plain/versions",
        "Content-Length: " + SCHEMA.length() + "\r\n", SCHEMA));
    String form = RawHttp.exchange(registry.port(), post("/subjects/team-b.plain/versions",
        "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + SCHEMA.length() + "\r\n", SCHEMA));
    assertThat(List.of(RawHttp.status(textPlain), RawHttp.status(untyped), RawHttp.status(form))).containsOnly(415);
    assertThat(registry.send(basic("reader"), "GET", "/subjects/team-b.plain/versions", null).status()).isEqualTo(404);
    for (String type : List.of("application/vnd.schemaregistry.v1+json", "application/json; charset=utf-8",
        "application/octet-stream")) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + registry.port()
              + "/subjects/team-b.typed/versions"))
          .header("Authorization", basic("writer")).header("Content-Type", type)
          .POST(HttpRequest.BodyPublishers.ofString(SCHEMA)).build();
      assertThat(registry.http().send(request).status()).as(type).isEqualTo(200);
    }
  }

  @Test
  void theAuditActorIsTheJwtSubjectAtItsIssuerNotItsDisplayName() {
    String token = JWTS.bearer("u-7781", "alice", List.of("writer"));
    assertThat(registry.send(token, "POST", "/subjects/team-b.audited/versions", SCHEMA).status()).isEqualTo(200);
    String feed = registry.send(basic("reader"), "GET", "/treaty/v1/events?after=0&limit=1000", null).text();
    assertThat(feed).contains("\"actor\":\"jwt:u-7781@" + TestJwts.ISSUER + "\"").doesNotContain("\"actor\":\"alice\"");
    assertThat(registry.send(token, "GET", "/treaty/v1/whoami", null).text())
        .isEqualTo("{\"name\":\"jwt:u-7781@" + TestJwts.ISSUER + "\",\"displayName\":\"alice\",\"roles\":[\"writer\"]}");
  }

  @Test
  void aReferenceIntoAnUnreadableSubjectIsRefusedAtRegistration() {
    for (String target : List.of("team-a.one", "team-a.missing")) {
      String body = Http.json(Map.of("schema", "\"string\"", "references",
          List.of(Map.of("name", "one.avsc", "subject", target, "version", 1))));
      Http.Answer answer = registry.send(basic("bob"), "POST", "/subjects/team-b.referrer/versions", body);
      assertThat(answer.status()).as(target).isEqualTo(403);
      assertThat(answer.text()).isEqualTo("{\"error_code\":40301,\"message\":\"You may not read subject " + target + "\"}");
      assertThat(registry.send(basic("bob"), "POST", "/compatibility/subjects/team-b.referrer/versions", body).status())
          .isEqualTo(403);
      // linting resolves references too, and its findings would describe the referenced schema
      assertThat(registry.send(basic("bob"), "POST", "/treaty/v1/lint", body).text())
          .isEqualTo("{\"error_code\":40301,\"message\":\"You may not read subject " + target + "\"}");
      assertThat(registry.send(basic("bob"), "POST", "/treaty/v1/subjects/team-b.referrer/lint", body).status())
          .isEqualTo(403);
    }
  }

  @Test
  void subjectsAreFilteredBeforePaging() {
    List<String> readable = new java.util.ArrayList<>();
    registry.send(basic("dave"), "GET", "/subjects", null).json().forEach(subject -> readable.add(subject.asText()));
    assertThat(readable).isNotEmpty().allMatch(subject -> subject.startsWith("team-b."));
    // team-a.* sorts first: paging before filtering answered [] for the first pages
    for (int offset = 0; offset < readable.size(); offset++) {
      assertThat(registry.send(basic("dave"), "GET", "/subjects?offset=" + offset + "&limit=1", null).text())
          .isEqualTo("[\"" + readable.get(offset) + "\"]");
    }
    assertThat(registry.send(basic("dave"), "GET", "/subjects?offset=" + readable.size() + "&limit=10", null).text())
        .isEqualTo("[]");
  }

  @Test
  void contextsAreListedOnlyFromReadableSubjects() {
    assertThat(registry.send(basic("dave"), "GET", "/contexts", null).text()).isEqualTo("[\".\"]");
    assertThat(registry.send(basic("reader"), "GET", "/contexts", null).text()).isEqualTo("[\".\",\".secretctx\"]");
  }
}
