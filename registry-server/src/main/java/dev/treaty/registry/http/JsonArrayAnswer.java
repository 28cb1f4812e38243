package dev.treaty.registry.http;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.treaty.registry.service.Json;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A JSON array of strings written as its elements arrive into one byte buffer (no list of them,
 * nor of the rows they came from), which becomes the answer when complete. Not streamed to the
 * client: after-handlers must still see the whole answer (the security filter leaves out the
 * subjects a caller may not read), and a failure half-way must still become the usual error.
 */
final class JsonArrayAnswer {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final JsonGenerator json;

  JsonArrayAnswer() {
    try {
      json = Json.MAPPER.getFactory().createGenerator(buffer);
      json.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void add(String element) {
    try {
      json.writeString(element);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void answer(Context ctx) throws IOException {
    json.writeEndArray();
    json.close();
    ctx.status(200).contentType(MediaTypes.negotiate(ctx)).result(buffer.toByteArray());
  }
}
