package dev.treaty.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rate limits per client, CORS for listed origins only, and the web UI's headers. */
class HardeningTest {

  private static HttpResponse<String> send(SecuredRegistry registry, HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(SecuredRegistry registry, String path) {
    return HttpRequest.newBuilder(URI.create(registry.http().request(path).build().uri().toString()));
  }

  @Test
  void aClientOverItsRateGets429WhileOthersGoOn() {
    try (SecuredRegistry registry = SecuredRegistry.start(Map.of("rate.limit", "5"))) {
      int refused = 0;
      for (int i = 0; i < 20; i++) {
        if (registry.send(SecuredRegistry.basic("reader"), "GET", "/subjects", null).status() == 429) {
          refused++;
        }
      }
      assertThat(refused).isGreaterThan(5);
      assertThat(registry.send(SecuredRegistry.basic("writer"), "GET", "/subjects", null).status()).isEqualTo(200);
    }
  }

  @Test
  void corsAnswersListedOriginsOnly() throws Exception {
    try (SecuredRegistry registry = SecuredRegistry.start(Map.of("cors.origins", "https://app.example.test"))) {
      HttpResponse<String> listed = send(registry, request(registry, "/subjects")
          .header("Origin", "https://app.example.test").header("Authorization", SecuredRegistry.basic("reader")));
      HttpResponse<String> other = send(registry, request(registry, "/subjects")
          .header("Origin", "https://evil.example.test").header("Authorization", SecuredRegistry.basic("reader")));
      assertThat(listed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.test");
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void theWebUiCannotBeFramedNorRunInlineScripts() throws Exception {
    try (SecuredRegistry registry = SecuredRegistry.start(Map.of())) {
      HttpResponse<String> page = send(registry, request(registry, "/ui/").header("Authorization",
          SecuredRegistry.basic("reader")));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
          .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
    }
  }
}
