package dev.treaty.registry.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.registry.Http;
import dev.treaty.registry.ServerConfig;
import dev.treaty.registry.TestRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A database that goes away gives 50001 and not-ready; when it is back the server recovers alone. */
class DatabaseOutageTest {

  @Test
  void outageGives50001AndNotReadyThenRecovers() throws Exception {
    Path dataDir = Files.createTempDirectory("treaty-pg");
    int port = freePort();
    EmbeddedPostgres postgres = start(dataDir, port);
    String url = postgres.getJdbcUrl("postgres", "postgres");
    try (TestRegistry registry = TestRegistry.on(ServerConfig.defaults().withDatabase(url, null, null))) {
      Http http = registry.http();
      String schema = Http.json(Map.of("schema", "{\"type\":\"record\",\"name\":\"Up\",\"fields\":[]}"));
      assertThat(http.post("/subjects/outage/versions", schema).status()).isEqualTo(200);

      postgres.close();
      Http.Answer down = http.get("/subjects");
      assertThat(down.status()).isEqualTo(500);
      assertThat(down.errorCode()).isEqualTo(50001);
      assertThat(http.get("/health/ready").status()).isEqualTo(503);

      postgres = start(dataDir, port);
      long deadline = System.currentTimeMillis() + 30_000;
      while (http.get("/health/ready").status() != 200 && System.currentTimeMillis() < deadline) {
        Thread.sleep(200);
      }
      assertThat(http.get("/health/ready").status()).isEqualTo(200);
      assertThat(http.get("/subjects").json().toString()).isEqualTo("[\"outage\"]");
    } finally {
      postgres.close();
    }
  }

  private static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
