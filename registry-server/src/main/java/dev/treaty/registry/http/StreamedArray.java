package dev.treaty.registry.http;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.treaty.registry.service.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A JSON array of strings written to the response as its elements arrive. The response starts
 * with the first element, so a failure before it (the database is down) still becomes the usual
 * error answer; a failure after it can only cut the answer short.
 */
final class StreamedArray implements AutoCloseable {

  private final Context ctx;
  private JsonGenerator json;

  StreamedArray(Context ctx) {
    this.ctx = ctx;
  }

  void add(String element) {
    try {
      started().writeString(element);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    started().writeEndArray();
    json.close();
  }

  private JsonGenerator started() throws IOException {
    if (json == null) {
      ctx.status(200).contentType(MediaTypes.negotiate(ctx));
      json = Json.MAPPER.getFactory().createGenerator(ctx.outputStream());
      json.writeStartArray();
    }
    return json;
  }
}
