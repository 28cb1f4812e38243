package dev.treaty.registry.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the OpenAPI document of the whole API, kept in the jar as {@code openapi.json}. */
final class OpenApiController {

  private final byte[] document;

  OpenApiController() {
    try (InputStream in = OpenApiController.class.getResourceAsStream("/openapi.json")) {
      document = in == null ? "{}".getBytes() : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void document(Context ctx) {
    ctx.contentType("application/json").result(document);
  }
}
