package dev.treaty.registry.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.registry.service.ConfigService;
import io.javalin.http.Context;

/** {@code /config} and {@code /config/{subject}}. */
final class ConfigController {

  private final ConfigService configs;

  ConfigController(ConfigService configs) {
    this.configs = configs;
  }

  void getGlobal(Context ctx) {
    Responses.json(ctx, configs.get(null, Requests.flag(ctx, "defaultToGlobal")));
  }

  void putGlobal(Context ctx) {
    MediaTypes.requireJsonBody(ctx);
    Responses.json(ctx, configs.put(null, Requests.body(ctx, JsonNode.class), Requests.actor(ctx)));
  }

  void deleteGlobal(Context ctx) {
    Responses.json(ctx, configs.delete(null, Requests.actor(ctx)));
  }

  void getSubject(Context ctx) {
    Responses.json(ctx, configs.get(Requests.subject(ctx), Requests.flag(ctx, "defaultToGlobal")));
  }

  void putSubject(Context ctx) {
    MediaTypes.requireJsonBody(ctx);
    Responses.json(ctx, configs.put(Requests.subject(ctx), Requests.body(ctx, JsonNode.class), Requests.actor(ctx)));
  }

  void deleteSubject(Context ctx) {
    Responses.json(ctx, configs.delete(Requests.subject(ctx), Requests.actor(ctx)));
  }
}
