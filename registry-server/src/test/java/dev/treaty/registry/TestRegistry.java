package dev.treaty.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A real server on a free port over a fresh database, and an HTTP client pointed at it. */
public final class TestRegistry implements AutoCloseable {

  private final RegistryServer server;
  private final Http http;

  private TestRegistry(RegistryServer server) {
    this.server = server;
    this.http = new Http("http://127.0.0.1:" + server.port());
  }

  public static TestRegistry start(Backend backend) {
    return start(backend, ServerConfig.defaults());
  }

  public static TestRegistry start(Backend backend, ServerConfig base) {
    return on(base.withDatabase(backend.freshDatabaseUrl(), null, null));
  }

  /** A server on a given database (several servers may share one). */
  public static TestRegistry on(ServerConfig config) {
    Path dataDir;
    try {
      dataDir = Files.createTempDirectory("treaty-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TestRegistry(RegistryServer.start(config.withPort(0).withDataDir(dataDir), TestFormats.ALL));
  }

  public Http http() {
    return http;
  }

  /** Every route of the server, as {@code "METHOD /path/{param}"}. */
  public java.util.List<String> routes() {
    return server.routes();
  }

  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.close();
  }
}
