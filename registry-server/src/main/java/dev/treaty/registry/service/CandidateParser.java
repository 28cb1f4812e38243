package dev.treaty.registry.service;

import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.StoreSession;
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
    String identity = SchemaIdentity.of(
        format.name(), parsed.canonical(), resolution.concrete(), request.metadata(), request.ruleSet());
    return new Candidate(format.name(), parsed, resolution.concrete(), request.metadata(), request.ruleSet(), identity);
  }

  private static String describe(InvalidSchemaException e) {
    if (e.line() == null) {
      return e.getMessage();
    }
    return e.getMessage() + " (line " + e.line() + (e.column() == null ? "" : ", column " + e.column()) + ")";
  }
}
