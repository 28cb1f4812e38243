package dev.treaty.registry.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.treaty.registry.service.Json;
import io.javalin.http.Context;

/** Writing answers: JSON in the negotiated content type, always with status 200 unless told. */
final class Responses {

  private Responses() {}

  static void json(Context ctx, Object body) {
    json(ctx, 200, body);
  }

  static void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType(MediaTypes.negotiate(ctx)).result(bytes(body));
  }

  static byte[] bytes(Object body) {
    try {
      return Json.MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Response bodies are records that always serialise", e);
    }
  }

  static void text(Context ctx, String body) {
    ctx.status(200).contentType(MediaTypes.negotiate(ctx)).result(body);
  }
}
