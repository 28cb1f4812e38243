package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.SchemaReference;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.StoreSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Parses the schema of a request: format, references, normalisation and identity. */
final class CandidateParser {

  private final Formats formats;
  private final ReferenceResolver resolver;

  CandidateParser(Formats formats, ReferenceResolver resolver) {
    this.formats = formats;
    this.resolver = resolver;
  }

  /**
   * @param latest the subject's newest live schema, whose text, type and references an empty
   *     {@code schema} stands for
   * @throws RegistryException 42201 when the schema, its type or a reference is invalid
   */
  Candidate parse(StoreSession session, RegisterSchemaRequest request, boolean normalize, Optional<SchemaRow> latest) {
    if (request == null) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "Request body is required");
    }
    String text = request.schema();
    String type = request.schemaType();
    var references = request.references();
    if (text == null || text.isEmpty()) {
      SchemaRow previous = latest.orElseThrow(() -> RegistryException.invalidSchema("Empty schema"));
      text = previous.text();
      type = previous.schemaType();
      references = previous.references();
    }
    SchemaFormat format = formats.of(type);
    ReferenceResolver.Resolution resolution = resolver.resolve(session, references, false);
    ParsedSchema parsed;
    try {
      parsed = format.parse(text, resolution.texts());
    } catch (InvalidSchemaException e) {
      throw RegistryException.invalidSchema("Invalid schema of type " + format.name() + ": " + describe(e));
    } catch (RuntimeException e) {
      // A parser failing in an unexpected way still means the input was bad, not the server.
      throw RegistryException.invalidSchema("Invalid schema of type " + format.name() + ": " + e);
    }
    if (normalize) {
      parsed = parsed.normalized();
    }
    if (parsed.canonical().indexOf('\u0000') >= 0) {
      // PostgreSQL text cannot hold NUL; no schema language needs it either.
      throw RegistryException.invalidSchema("Invalid schema: it contains a NUL character");
    }
    String identity = identity(format.name(), parsed.canonical(), resolution, request.metadata(), request.ruleSet());
    return new Candidate(format.name(), parsed, resolution.concrete(), request.metadata(), request.ruleSet(), identity);
  }

  private static String describe(InvalidSchemaException e) {
    if (e.line() == null) {
      return e.getMessage();
    }
    return e.getMessage() + " (line " + e.line() + (e.column() == null ? "" : ", column " + e.column()) + ")";
  }

  private static String identity(
      String type, String canonical, ReferenceResolver.Resolution resolution, JsonNode metadata, JsonNode ruleSet) {
    MessageDigest digest = sha256();
    update(digest, type);
    update(digest, canonical);
    for (SchemaReference reference : resolution.concrete()) {
      update(digest, reference.name());
      update(digest, reference.subject());
      update(digest, Integer.toString(reference.version()));
    }
    update(digest, String.valueOf(Json.write(metadata)));
    update(digest, String.valueOf(Json.write(ruleSet)));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String part) {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    // length-prefixed so that no two different part lists hash alike
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
