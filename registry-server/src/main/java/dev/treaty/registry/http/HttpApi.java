package dev.treaty.registry.http;

import dev.treaty.registry.contracts.Contracts;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.Registry;
import dev.treaty.registry.service.RegistryException;
import dev.treaty.registry.security.SecurityConfig;
import dev.treaty.registry.security.SecurityGuard;
import dev.treaty.registry.security.Transport;
import dev.treaty.registry.webhooks.Webhooks;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.handler.GracefulHandler;

/** The HTTP face of a {@link Registry}: Javalin configured for Confluent's clients. */
public final class HttpApi {

  /** What the HTTP layer needs to know besides the services. */
  public record Settings(
      String host, int port, long bodyLimit, boolean alwaysNewerFields, int incompatibleErrorCode, String version,
      String clusterId, SecurityConfig security) {}

  private HttpApi() {}

  /**
   * Starts the server; port 0 picks a free one.
   *
   * @param migrated whether the database schema is in place; until then the API answers 503
   * @param ready whether the database answers now (for {@code /health/ready})
   */
  public static Javalin start(
      Registry registry, Contracts.Services contracts, Webhooks webhooks, SecurityGuard security, Settings settings,
      BooleanSupplier migrated, BooleanSupplier ready) {
    ResponseFields fields = new ResponseFields(settings.alwaysNewerFields());
    Metrics metrics = new Metrics(registry, webhooks.stats());
    SubjectAliases aliases = new SubjectAliases(registry.configs());
    Controllers controllers = new Controllers(
        new ServerInfoController(registry.subjects(), registry.deletes(), settings.version(), settings.clusterId()),
        new SchemasController(registry.schemas(), fields),
        new SubjectsController(
            registry.subjects(), registry.registration(), registry.deletes(), fields, registry.deprecations(), aliases),
        new CompatibilityController(registry.compatibility(), aliases),
        new ConfigController(registry.configs()),
        new ModeController(registry.modes()),
        new TreatyController(registry.events(), ready),
        metrics,
        new OpenApiController(),
        new BrowseController(registry.overview(), registry.comparison(), registry.recentEvents()),
        new WebUiController(),
        new ContractsController(contracts),
        new GovernanceController(registry.lint(), registry.lintRuleSets(), registry.deprecations()),
        security.identities(),
        new SamplesController(registry.samples()),
        new WebhooksController(webhooks),
        new CatalogController(contracts));
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = settings.bodyLimit();
      config.http.prefer405over404 = true;
      config.router.ignoreTrailingSlashes = true;
      // Clients percent-encode '/' in subjects (protobuf imports such as google/protobuf/x.proto).
      config.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(UriCompliance.LEGACY));
      config.jetty.modifyServletContextHandler(handler -> handler.getServletHandler().setDecodeAmbiguousURIs(true));
      // Graceful stop: refuse new requests, let the ones in flight finish (for up to 5 s).
      config.jetty.modifyServer(server -> {
        server.setStopTimeout(5_000);
        server.insertHandler(new GracefulHandler());
        server.insertHandler(new Gatekeeper(settings.bodyLimit()));
        server.insertHandler(new ContextPaths()); // first: every later step sees the unqualified route
        server.setErrorHandler(new JettyErrors());
      });
      config.requestLogger.http(metrics::record);
      config.routes.before(ctx -> requireMigrated(ctx, migrated));
      ErrorMapping.install(config.routes, settings.incompatibleErrorCode());
      Transport.configure(config, settings.security(), settings.host(), settings.port());
      security.install(config.routes);
      Routes.install(new RouteTable(config.routes, security.rules()), controllers);
    });
    return app.start(settings.host(), settings.port());
  }

  private static void requireMigrated(Context ctx, BooleanSupplier migrated) {
    String path = ctx.path();
    if (!path.startsWith("/health") && !path.equals("/metrics") && !migrated.getAsBoolean()) {
      throw new RegistryException(ErrorCode.NOT_READY, "The registry's database is not ready yet");
    }
  }
}
