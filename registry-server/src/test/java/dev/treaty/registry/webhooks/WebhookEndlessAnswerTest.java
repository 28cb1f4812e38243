package dev.treaty.registry.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A receiver is any host an admin names, and may answer with a body that never ends. The sender
 * reads a little of it and gives up at the request timeout (2 s here), so neither a test request
 * nor a delivery thread waits on it, and the lease's bound (twice the timeout) holds.
 */
class WebhookEndlessAnswerTest extends WebhookTest {

  private static HttpServer endless;
  private static ExecutorService threads;

  @BeforeAll
  static void start() throws IOException {
    startWith(FAST);
    endless = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
    threads = Executors.newFixedThreadPool(4);
    endless.setExecutor(threads);
    endless.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      int status = exchange.getRequestURI().getPath().equals("/ok") ? 200 : 500;
      exchange.sendResponseHeaders(status, 0);
      byte[] chunk = "x".repeat(1024).getBytes(StandardCharsets.UTF_8);
      try (OutputStream body = exchange.getResponseBody()) {
        while (true) {
          body.write(chunk);
          body.flush();
          Thread.sleep(20);
        }
      } catch (IOException | InterruptedException e) {
        // the sender hung up: what the test wants
      }
    });
    endless.start();
  }

  @AfterAll
  static void stopEndless() {
    endless.stop(0);
    threads.shutdownNow();
  }

  private static JsonNode ping(String path) {
    String id = create(http, "http://127.0.0.1:" + endless.getAddress().getPort() + path, "endless-");
    return http.post("/treaty/v1/webhooks/" + id + "/test", "").json();
  }

  @Test
  void anEndlessErrorBodyIsCutShortAndTheAttemptFails() {
    long start = System.currentTimeMillis();
    JsonNode ping = ping("/fail");
    assertThat(System.currentTimeMillis() - start).isLessThan(6_000);
    assertThat(ping.path("delivered").asBoolean()).isFalse();
    assertThat(ping.path("statusCode").asInt()).isEqualTo(500);
    assertThat(ping.path("error").asText()).startsWith("HTTP 500: xxx").hasSizeLessThan(300);
  }

  @Test
  void anEndlessSuccessBodyIsNotWaitedFor() {
    long start = System.currentTimeMillis();
    JsonNode ping = ping("/ok");
    assertThat(System.currentTimeMillis() - start).isLessThan(6_000);
    assertThat(ping.path("delivered").asBoolean()).isTrue();
  }
}
