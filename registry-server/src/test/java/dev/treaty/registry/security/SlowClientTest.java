package dev.treaty.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Finding 4: clients that send headers announcing a large body and then trickle it must not hold
 * the server's threads. Refusals are decided on the headers and close the connection; bodies that
 * are read are bounded by the per-client limit of requests in flight.
 */
class SlowClientTest {

  private static final int CONNECTIONS = 300;

  @Test
  void healthAnswersWhileThreeHundredConnectionsTrickleBodies() throws Exception {
    try (SecuredRegistry registry = SecuredRegistry.start(Map.of())) {
      // the passwords are verified once, as a real client's would be
      assertThat(registry.send(SecuredRegistry.basic("writer"), "GET", "/subjects", null).status()).isEqualTo(200);
      assertThat(registry.send(SecuredRegistry.basic("reader"), "GET", "/subjects", null).status()).isEqualTo(200);
      List<Socket> sockets = new ArrayList<>();
      try {
        for (int i = 0; i < CONNECTIONS; i++) {
          // a third anonymous, a third lacking the grant, a third allowed (their bodies are read)
          String authorization = switch (i % 3) {
            case 0 -> "";
            case 1 -> "Authorization: " + SecuredRegistry.basic("reader") + "\r\n";
            default -> "Authorization: " + SecuredRegistry.basic("writer") + "\r\n";
          };
          Socket socket = RawHttp.open(registry.port());
          sockets.add(socket);
          OutputStream out = socket.getOutputStream();
          out.write(("POST /subjects/slow-" + i + "/versions HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization
              + "Content-Type: application/json\r\nContent-Length: 60000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
          out.flush();
        }
        long end = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < end) {
          long started = System.nanoTime();
          int status = registry.http().get("/health/live").status();
          long millis = (System.nanoTime() - started) / 1_000_000;
          assertThat(status).isEqualTo(200);
          // before the fix it timed out (30 s); 3 s leaves room for a busy two-core machine
          assertThat(millis).as("/health/live answered in %d ms", millis).isLessThan(3_000);
          trickle(sockets);
          Thread.sleep(250);
        }
        // the refused ones were answered at once, and their connections closed
        sockets.get(0).setSoTimeout(2_000);
        assertThat(RawHttp.status(RawHttp.readAnswer(sockets.get(0)))).isEqualTo(401);
        sockets.get(1).setSoTimeout(2_000);
        assertThat(RawHttp.status(RawHttp.readAnswer(sockets.get(1)))).isEqualTo(403);
      } finally {
        for (Socket socket : sockets) {
          socket.close();
        }
      }
    }
  }

  private static void trickle(List<Socket> sockets) {
    for (Socket socket : sockets) {
      try {
        socket.getOutputStream().write(' ');
      } catch (IOException e) {
        // the server closed it after refusing the request: as it should
      }
    }
  }
}
