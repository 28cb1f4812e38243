package dev.treaty.registry.http;

import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** Confluent's content types: what request bodies may be, and which answer type to pick. */
final class MediaTypes {

  static final String V1 = "application/vnd.schemaregistry.v1+json";
  static final String UNVERSIONED = "application/vnd.schemaregistry+json";
  static final String JSON = "application/json";
  private static final List<String> PREFERRED = List.of(V1, UNVERSIONED, JSON);
  private static final List<String> ACCEPTED_BODIES = List.of(V1, UNVERSIONED, JSON, "application/octet-stream");

  private MediaTypes() {}

  /** @throws RegistryException 415 when a body comes in a type other than JSON */
  static void requireJsonBody(Context ctx) {
    String type = ctx.contentType();
    if (type == null || type.isBlank()) {
      return;
    }
    String bare = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!ACCEPTED_BODIES.contains(bare)) {
      throw new RegistryException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "HTTP 415 Unsupported Media Type");
    }
  }

  /** The answer type the Accept header allows, in the server's order of preference. */
  static String negotiate(Context ctx) {
    String accept = ctx.header("Accept");
    if (accept == null || accept.isBlank()) {
      return V1;
    }
    String wanted = accept.toLowerCase(Locale.ROOT);
    if (wanted.contains("*/*") || wanted.contains("application/*")) {
      return V1;
    }
    for (String type : PREFERRED) {
      if (wanted.contains(type)) {
        return type;
      }
    }
    return V1;
  }
}
