package dev.treaty.registry.testing;

import dev.treaty.client.RegistryClient;
import dev.treaty.registry.RegistryServer;
import dev.treaty.registry.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * A real Treaty server on a free port of 127.0.0.1 over a fresh embedded database, for the tests of
 * the modules that talk to a registry (cli, kafka, maven-plugin, treaty-junit). Shipped in
 * registry-server's test jar so that there is one copy. Thread-safe once started.
 */
public final class RunningRegistry implements AutoCloseable {

  private final RegistryServer server;

  private RunningRegistry(RegistryServer server) {
    this.server = server;
  }

  /** A server with the default settings and its own temporary data directory. */
  public static RunningRegistry start() {
    try {
      return start(ServerConfig.defaults().withDataDir(Files.createTempDirectory("treaty-test")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A server with {@code config} (security, data directory...), on a free port whatever it says. */
  public static RunningRegistry start(ServerConfig config) {
    return new RunningRegistry(RegistryServer.start(config.withPort(0)));
  }

  public String url() {
    return "http://127.0.0.1:" + server.port();
  }

  public int port() {
    return server.port();
  }

  /** A client of this server without credentials. */
  public RegistryClient client() {
    return RegistryClient.of(url());
  }

  @Override
  public void close() {
    server.close();
  }
}
