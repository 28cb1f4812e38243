package dev.treaty.registry;

import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.registry.contracts.ContractStore;
import dev.treaty.registry.contracts.Contracts;
import dev.treaty.registry.http.HttpApi;
import dev.treaty.registry.security.SecurityGuard;
import dev.treaty.registry.service.Registry;
import dev.treaty.registry.store.Database;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.webhooks.Webhooks;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry process: config, database, store, services and HTTP, wired top to bottom. The
 * database may be down at start; migrations are retried and the server reports not-ready until
 * they ran.
 */
public final class RegistryServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryServer.class);

  private final Database database;
  private final Registry registry;
  private final SecurityGuard security;
  private final Webhooks webhooks;
  private final Javalin http;
  private final ScheduledExecutorService background;
  private final AtomicBoolean migrated = new AtomicBoolean();
  private final StartupPhases phases = new StartupPhases();

  private RegistryServer(ServerConfig config, List<SchemaFormat> formats) {
    background = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "treaty-background");
      thread.setDaemon(true);
      return thread;
    });
    database = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword(), config.dataDir(), config.poolSize());
    // Flyway (loading its classes, opening the database, migrating an empty one) takes as long as
    // wiring and starting Jetty together: it runs beside them, and the API answers 503 until done.
    Future<?> schema = background.submit(database::migrate);
    String clusterId = UUID.nameUUIDFromBytes(database.description().getBytes()).toString();
    webhooks = new Webhooks(database.dataSource(), config.webhooks(), clusterId);
    SchemaStore store = database.store(webhooks.outbox());
    webhooks.recordChangesIn(store);
    Contracts contracts = new Contracts(new ContractStore(store), formats);
    registry = new Registry(store, formats, config.defaultCompatibility(), config.validateFields(), config.cacheSize(),
        contracts.gate(), contracts.examples());
    security = SecurityGuard.of(config.security(), database.dataSource());
    phases.done("wiring");
    HttpApi.Settings settings = new HttpApi.Settings(
        config.host(), config.port(), config.bodyLimit(), config.alwaysNewerFields(), config.incompatibleErrorCode(), version(),
        clusterId, config.security());
    http = HttpApi.start(registry, contracts.services(registry), webhooks, security, settings, migrated::get, () -> migrated.get() && store.isReachable());
    phases.done("http");
    finishMigration(schema);
    phases.done("database");
    background.scheduleWithFixedDelay(() -> follow(registry), 1, 1, TimeUnit.SECONDS);
  }

  /** Starts a server with Treaty's three formats. */
  public static RegistryServer start(ServerConfig config) {
    return start(config, SchemaFormats.all());
  }

  /** Starts a server accepting the given formats. */
  public static RegistryServer start(ServerConfig config, List<SchemaFormat> formats) {
    RegistryServer server = new RegistryServer(config, formats);
    LOG.info("Treaty {} listening on " + (config.security().tls() == null ? "http" : "https") + "://{}:{} with storage {} (ready {})",
        version(), displayHost(config.host()), server.port(), server.database.description(), server.phases);
    return server;
  }

  public int port() {
    return http.port();
  }

  /** Every route, as {@code "METHOD /path/{param}"}: what the security rules must cover. */
  public List<String> routes() {
    return http.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(handler -> handler.endpoint.method.isHttpMethod())
        .map(handler -> handler.endpoint.method.name() + " " + handler.endpoint.path)
        .toList();
  }

  public boolean isMigrated() {
    return migrated.get();
  }

  @Override
  public void close() {
    background.shutdownNow();
    http.stop();
    webhooks.close();
    database.close();
  }

  public static void main(String[] args) {
    if (ConfigLoader.wantsHelp(Arrays.asList(args))) {
      System.out.print(ConfigLoader.usage());
      return;
    }
    ServerConfig config;
    try {
      config = ConfigLoader.load(Arrays.asList(args), System.getenv());
    } catch (RuntimeException e) {
      System.err.println("treaty serve: " + e.getMessage());
      System.exit(2);
      return;
    }
    RegistryServer server = start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("Treaty stopping");
      server.close();
    }, "treaty-shutdown"));
  }

  // Waits for the migration started beside the wiring; a database that is down is retried.
  private void finishMigration(Future<?> schema) {
    try {
      schema.get();
      afterMigration();
    } catch (ExecutionException | RuntimeException e) {
      retryMigration(e instanceof ExecutionException ? e.getCause() : e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while migrating the database", e);
    }
  }

  private void migrate() {
    try {
      database.migrate();
      afterMigration();
    } catch (RuntimeException e) {
      retryMigration(e);
    }
  }

  private void afterMigration() {
    security.importBootstrapFiles();
    registry.events().startFollowing();
    webhooks.start();
    migrated.set(true);
  }

  private void retryMigration(Throwable e) {
    LOG.warn("Database not ready ({}); retrying in the background", e.getMessage());
    background.schedule(this::migrate, 2, TimeUnit.SECONDS);
  }

  private void follow(Registry registry) {
    if (!migrated.get()) {
      return;
    }
    try {
      registry.events().follow();
    } catch (RuntimeException e) {
      LOG.debug("Could not read the events feed: {}", e.getMessage());
    }
  }

  static String version() {
    try (InputStream in = RegistryServer.class.getResourceAsStream("/dev/treaty/registry/version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  private static String displayHost(String host) {
    return host.equals("0.0.0.0") ? "127.0.0.1" : host;
  }
}
