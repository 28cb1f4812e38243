package dev.treaty.registry.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.treaty.registry.service.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/** Writing answers: JSON in the negotiated content type, always with status 200 unless told. */
final class Responses {

  private Responses() {}

  static void json(Context ctx, Object body) {
    json(ctx, 200, body);
  }

  static void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType(MediaTypes.negotiate(ctx)).result(bytes(body));
  }

  /** A JSON array of strings written as they are read, never held whole. */
  static void jsonStrings(Context ctx, Iterator<String> items) {
    ctx.status(200).contentType(MediaTypes.negotiate(ctx));
    try (JsonGenerator out = Json.MAPPER.createGenerator(ctx.outputStream())) {
      out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      out.writeStartArray();
      while (items.hasNext()) {
        out.writeString(items.next());
      }
      out.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
