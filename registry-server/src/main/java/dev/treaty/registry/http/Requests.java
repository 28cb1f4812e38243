package dev.treaty.registry.http;

import dev.treaty.registry.security.SecurityGuard;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.registry.service.Access;
import dev.treaty.registry.service.Contexts;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.Json;
import dev.treaty.registry.service.RegistryException;
import dev.treaty.registry.service.SubjectNames;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reading what a request carries: JSON bodies, query flags and numbers, the acting user. */
final class Requests {

  private Requests() {}

  /** @throws RegistryException 422 for a missing body, 400 for one that is not the expected JSON */
  static <T> T body(Context ctx, Class<T> type) {
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "Request body is required");
    }
    try {
      T value = Json.MAPPER.readValue(bytes, type);
      if (value == null || value instanceof JsonNode node && node.isNull()) {
        throw new RegistryException(ErrorCode.UNPROCESSABLE, "Request body is required");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "Malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "Unreadable request body: " + e.getMessage());
    }
  }

  /** What the caller may read and write; everything when security is off. */
  static Access access(Context ctx) {
    return SecurityGuard.access(ctx);
  }

  /**
   * A schema to register, look up or check under the subject in the path, its references read in
   * that subject's context, and pointing only into subjects the caller may read.
   */
  static RegisterSchemaRequest schemaRequest(Context ctx) {
    MediaTypes.requireJsonBody(ctx);
    RegisterSchemaRequest request = Contexts.withReferencesIn(ctx.pathParamMap().get("subject"),
        body(ctx, RegisterSchemaRequest.class));
    access(ctx).requireReadableReferences(request.references());
    return request;
  }

  static boolean flag(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value != null && value.trim().equalsIgnoreCase("true");
  }

  static int number(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "Query parameter " + name + " must be a number");
    }
  }

  static String subject(Context ctx) {
    String subject = ctx.pathParam("subject");
    SubjectNames.requireReadable(subject);
    return subject;
  }

  /**
   * Who made a change, for the events feed: the authenticated caller when security is on; else the
   * Basic-auth user name if any, else the client address.
   */
  static String actor(Context ctx) {
    Optional<String> authenticated = SecurityGuard.actor(ctx);
    if (authenticated.isPresent()) {
      return authenticated.get();
    }
    String authorization = ctx.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? decoded : decoded.substring(0, colon);
      } catch (IllegalArgumentException e) {
        // not valid Basic credentials: fall back to the address
      }
    }
    return ctx.ip();
  }
}
