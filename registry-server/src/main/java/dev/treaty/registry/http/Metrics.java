package dev.treaty.registry.http;

import dev.treaty.registry.service.Registry;
import dev.treaty.registry.webhooks.WebhookStats;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Prometheus metrics: requests per route, registrations, compatibility failures, cache use, webhooks. */
final class Metrics {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  // Looking a timer up by its tags on every request costs more than the recording itself.
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  Metrics(Registry services, WebhookStats webhooks) {
    FunctionCounter.builder("treaty.registrations", services.registration(), r -> r.registeredCount())
        .description("New schema versions registered by this node")
        .register(registry);
    FunctionCounter.builder("treaty.compatibility.failures", services, Registry::compatibilityFailures)
        .description("Compatibility checks that found a breaking change")
        .register(registry);
    FunctionCounter.builder("treaty.schema.cache.hits", services.cache(), c -> c.hits()).register(registry);
    FunctionCounter.builder("treaty.schema.cache.misses", services.cache(), c -> c.misses()).register(registry);
    Gauge.builder("treaty.schema.cache.size", services.cache(), c -> c.size()).register(registry);
    webhooks(webhooks);
  }

  private void webhooks(WebhookStats stats) {
    FunctionCounter.builder("treaty.webhook.deliveries", stats, WebhookStats::deliveredCount).tag("outcome", "delivered")
        .description("Webhook deliveries by outcome: delivered, dead (given up) or overflowed (queue full, not queued)")
        .register(registry);
    FunctionCounter.builder("treaty.webhook.deliveries", stats, WebhookStats::deadCount).tag("outcome", "dead")
        .register(registry);
    FunctionCounter.builder("treaty.webhook.deliveries", stats, WebhookStats::overflowedCount)
        .tag("outcome", "overflowed").register(registry);
    FunctionCounter.builder("treaty.webhook.failures", stats, WebhookStats::failedAttemptCount)
        .description("Webhook attempts that failed: a non-2xx answer, a timeout or no connection")
        .register(registry);
    Gauge.builder("treaty.webhook.queue.depth", stats, WebhookStats::queueDepth)
        .description("Webhook deliveries pending in the cluster, as of this node's last poll")
        .register(registry);
  }

  void record(Context ctx, float millis) {
    String method = ctx.method().name();
    String route = route(ctx);
    int status = ctx.statusCode();
    timers.computeIfAbsent(method + ' ' + status + ' ' + route, key -> Timer.builder("http.server.requests")
            .tag("method", method)
            .tag("route", route)
            .tag("status", Integer.toString(status))
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofSeconds(10))
            .register(registry))
        .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
  }

  void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }

  private static String route(Context ctx) {
    try {
      Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
      return endpoint == null ? "unmatched" : endpoint.path;
    } catch (RuntimeException e) {
      return "unmatched";
    }
  }
}
