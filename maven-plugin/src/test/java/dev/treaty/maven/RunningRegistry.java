package dev.treaty.maven;

import dev.treaty.registry.RegistryServer;
import dev.treaty.registry.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** A real registry server on a free port over a fresh embedded database. */
final class RunningRegistry implements AutoCloseable {

  private final RegistryServer server;

  private RunningRegistry(RegistryServer server) {
    this.server = server;
  }

  static RunningRegistry start() {
    try {
      ServerConfig config = ServerConfig.defaults().withPort(0)
          .withDataDir(Files.createTempDirectory("treaty-maven-plugin-test"));
      return new RunningRegistry(RegistryServer.start(config));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.port();
  }

  @Override
  public void close() {
    server.close();
  }
}
