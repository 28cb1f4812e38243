package dev.treaty.kafka;

import dev.treaty.client.RegistryClient;
import dev.treaty.registry.RegistryServer;
import dev.treaty.registry.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** A real Treaty server on a free port of 127.0.0.1 over a fresh embedded database. */
final class RunningRegistry implements AutoCloseable {

  private final RegistryServer server;

  private RunningRegistry(RegistryServer server) {
    this.server = server;
  }

  static RunningRegistry start() {
    try {
      ServerConfig config = ServerConfig.defaults().withPort(0).withDataDir(Files.createTempDirectory("treaty-kafka-test"));
      return new RunningRegistry(RegistryServer.start(config));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.port();
  }

  RegistryClient client() {
    return RegistryClient.of(url());
  }

  @Override
  public void close() {
    server.close();
  }
}
