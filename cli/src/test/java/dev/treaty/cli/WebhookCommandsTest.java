package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.treaty.client.RegistryClient;
import dev.treaty.registry.testing.RunningRegistry;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code treaty webhook add|list|test|remove} against a real registry and a receiver started here. */
class WebhookCommandsTest {

  @TempDir Path dir;

  @Test
  void aWebhookAddedByTheCliIsTestedReceivesEventsAndIsRemoved() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
    receiver.createContext("/hook", exchange -> {
      bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    try (RunningRegistry server = RunningRegistry.start()) {
      Cli cli = Cli.against(server, dir);
      Cli.Result added = cli.run("webhook", "add", url, "--event", "schema.registered", "--subject-prefix", "cli-",
          "--header", "X-Team=payments");
      assertThat(added.exitCode()).as(added.err()).isZero();
      String[] lines = added.out().strip().split("\n");
      String id = lines[0];
      assertThat(lines[1]).startsWith("whsec_");

      assertThat(cli.run("webhook", "list").out()).contains(id + "  " + url + "  schema.registered  subject=cli-*")
          .doesNotContain(lines[1]);
      Cli.Result tested = cli.run("webhook", "test", id);
      assertThat(tested.exitCode()).isZero();
      assertThat(tested.out()).startsWith("delivered: HTTP 204");
      assertThat(bodies).hasSize(1).allMatch(body -> body.contains("dev.treaty.webhook.ping"));

      RegistryClient client = server.client();
      client.register("cli-orders", dev.treaty.client.model.RegisterSchemaRequest.of(
          "AVRO", "{\"type\":\"record\",\"name\":\"C\",\"fields\":[]}", List.of()), false);
      long deadline = System.currentTimeMillis() + 10_000;
      while (bodies.size() < 2 && System.currentTimeMillis() < deadline) {
        Thread.sleep(50);
      }
      assertThat(bodies).hasSize(2);
      assertThat(bodies.get(1)).contains("dev.treaty.schema.registered").contains("cli-orders");

      assertThat(cli.run("webhook", "remove", id).exitCode()).isZero();
      assertThat(cli.run("webhook", "list").out()).isEmpty();
      Cli.Result refused = cli.run("webhook", "add", "ftp://127.0.0.1/x", "--event", "*");
      assertThat(refused.exitCode()).isNotZero();
      assertThat(refused.err()).contains("http or https");
    } finally {
      receiver.stop(0);
    }
  }
}
