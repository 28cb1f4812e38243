package dev.treaty.registry.http;

import dev.treaty.client.model.Mode;
import dev.treaty.registry.service.ModeService;
import io.javalin.http.Context;

/** {@code /mode} and {@code /mode/{subject}}. */
final class ModeController {

  private final ModeService modes;

  ModeController(ModeService modes) {
    this.modes = modes;
  }

  void getGlobal(Context ctx) {
    Responses.json(ctx, modes.get(null, Requests.flag(ctx, "defaultToGlobal")));
  }

  void putGlobal(Context ctx) {
    MediaTypes.requireJsonBody(ctx);
    Responses.json(ctx, modes.put(null, Requests.body(ctx, Mode.class), Requests.flag(ctx, "force"), Requests.actor(ctx)));
  }

  void deleteGlobal(Context ctx) {
    Responses.json(ctx, modes.delete(null, Requests.flag(ctx, "recursive"), Requests.actor(ctx)));
  }

  void getSubject(Context ctx) {
    Responses.json(ctx, modes.get(Requests.subject(ctx), Requests.flag(ctx, "defaultToGlobal")));
  }

  void putSubject(Context ctx) {
    MediaTypes.requireJsonBody(ctx);
    Responses.json(ctx, modes.put(
        Requests.subject(ctx), Requests.body(ctx, Mode.class), Requests.flag(ctx, "force"), Requests.actor(ctx)));
  }

  void deleteSubject(Context ctx) {
    Responses.json(ctx, modes.delete(Requests.subject(ctx), Requests.flag(ctx, "recursive"), Requests.actor(ctx)));
  }
}
