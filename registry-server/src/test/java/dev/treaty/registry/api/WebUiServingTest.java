package dev.treaty.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The web UI's files at /ui, and the root sending browsers there. */
class WebUiServingTest extends ApiTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  void browsersAskingForTheRootAreRedirectedToTheUi() throws Exception {
    HttpResponse<String> root = get("/", "text/html,application/xhtml+xml,*/*;q=0.8");
    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location")).hasValue("/ui/");
    assertThat(get("/", "application/vnd.schemaregistry.v1+json").body()).isEqualTo("{}");
    assertThat(get("/", "*/*").body()).isEqualTo("{}");
  }

  @Test
  void thePageIsServedWithAPolicyThatForbidsInlineScript() throws Exception {
    HttpResponse<String> page = get("/ui/", "text/html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow().replace(" ", "")).isEqualTo("text/html;charset=utf-8");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'").contains("object-src 'none'").doesNotContain("unsafe-inline");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.body()).contains("<script type=\"module\" src=\"/ui/app.js\">");
    assertThat(get("/ui", "text/html").headers().firstValue("Location")).hasValue("/ui/");
  }

  @Test
  void modulesAndStylesHaveTheirContentTypes() throws Exception {
    assertThat(contentType("/ui/app.js")).isEqualTo("text/javascript;charset=utf-8");
    assertThat(contentType("/ui/style.css")).isEqualTo("text/css;charset=utf-8");
    assertThat(contentType("/ui/icon.svg")).isEqualTo("image/svg+xml");
  }

  @Test
  void nothingOutsideTheUiFolderIsServed() throws Exception {
    assertThat(get("/ui/nothing.js", "*/*").statusCode()).isEqualTo(404);
    assertThat(get("/ui/..%2Fwebui%2Fapp.js", "*/*").statusCode()).isEqualTo(404);
    assertThat(get("/ui/WebUi.class", "*/*").statusCode()).isEqualTo(404);
    assertThat(get("/ui/%2E%2E%2F%2E%2E%2Fopenapi.json", "*/*").statusCode()).isEqualTo(404);
  }

  private static String contentType(String path) throws IOException, InterruptedException {
    return get(path, "*/*").headers().firstValue("Content-Type").orElseThrow().replace(" ", "");
  }

  private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + registry.port() + path))
        .header("Accept", accept).GET().build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
