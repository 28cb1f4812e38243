package dev.treaty.registry.http;

import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import dev.treaty.registry.webhooks.WebhookRequest;
import dev.treaty.registry.webhooks.Webhooks;
import io.javalin.http.Context;
import java.util.Map;

/** {@code /treaty/v1/webhooks}: subscriptions, their delivery log, test requests and replays (admins only). */
final class WebhooksController {

  private final Webhooks webhooks;

  WebhooksController(Webhooks webhooks) {
    this.webhooks = webhooks;
  }

  void list(Context ctx) {
    Responses.json(ctx, webhooks.list());
  }

  void create(Context ctx) {
    MediaTypes.requireJsonBody(ctx);
    Responses.json(ctx, webhooks.create(Requests.body(ctx, WebhookRequest.class), Requests.actor(ctx)));
  }

  void get(Context ctx) {
    Responses.json(ctx, webhooks.get(ctx.pathParam("id")));
  }

  void update(Context ctx) {
    MediaTypes.requireJsonBody(ctx);
    Responses.json(ctx, webhooks.update(ctx.pathParam("id"), Requests.body(ctx, WebhookRequest.class), Requests.actor(ctx)));
  }

  void delete(Context ctx) {
    String id = ctx.pathParam("id");
    webhooks.delete(id, Requests.actor(ctx));
    Responses.json(ctx, Map.of("id", id));
  }

  void test(Context ctx) {
    Responses.json(ctx, webhooks.test(ctx.pathParam("id")));
  }

  void deliveries(Context ctx) {
    Responses.json(ctx, webhooks.deliveries(ctx.pathParam("id"), ctx.queryParam("status"),
        Requests.number(ctx, "before", 0), Requests.number(ctx, "limit", 100)));
  }

  void replay(Context ctx) {
    long delivery;
    try {
      delivery = Long.parseLong(ctx.pathParam("delivery"));
    } catch (NumberFormatException e) {
      throw new RegistryException(ErrorCode.WEBHOOK_DELIVERY_NOT_FOUND, "No delivery " + ctx.pathParam("delivery"));
    }
    Responses.json(ctx, webhooks.replay(ctx.pathParam("id"), delivery, Requests.actor(ctx)));
  }
}
