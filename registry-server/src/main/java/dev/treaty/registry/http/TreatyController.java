package dev.treaty.registry.http;

import dev.treaty.registry.service.EventFeed;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Treaty's own endpoints: the events feed and the health checks. */
final class TreatyController {

  private final EventFeed events;
  private final BooleanSupplier ready;

  TreatyController(EventFeed events, BooleanSupplier ready) {
    this.events = events;
    this.ready = ready;
  }

  void events(Context ctx) {
    long after = Requests.number(ctx, "after", 0);
    Responses.json(ctx, events.after(after, Requests.number(ctx, "limit", 100)));
  }

  void live(Context ctx) {
    ctx.json(Map.of("status", "UP"));
  }

  void ready(Context ctx) {
    boolean up = ready.getAsBoolean();
    ctx.status(up ? 200 : 503).json(Map.of("status", up ? "UP" : "DOWN"));
  }
}
