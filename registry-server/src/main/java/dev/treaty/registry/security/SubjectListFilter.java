package dev.treaty.registry.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.treaty.registry.service.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Leaves out of {@code GET /subjects} the subjects the caller may not read, so none of them leak. */
final class SubjectListFilter {

  private SubjectListFilter() {}

  static void filter(Context ctx) throws IOException {
    Principal principal = SecurityGuard.principal(ctx);
    InputStream result = ctx.resultInputStream();
    if (ctx.statusCode() != 200 || principal.may(Role.READER, null) || result == null) {
      return;
    }
    JsonNode subjects = Json.MAPPER.readTree(result.readAllBytes());
    ArrayNode kept = Json.MAPPER.createArrayNode();
    for (JsonNode subject : subjects) {
      if (principal.may(Role.READER, subject.asText())) {
        kept.add(subject);
      }
    }
    ctx.result(Json.MAPPER.writeValueAsBytes(kept));
  }
}
