package dev.treaty.compatibility.avro;

import dev.treaty.compatibility.internal.JsonErrors;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ResolvedReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.avro.NameValidator;
import org.apache.avro.Schema;

/**
 * Parses schema text with Apache Avro's parser, strictly as Confluent does for a schema being
 * registered: names are validated and defaults must match their types. References are parsed
 * first with the same parser, so the named types they define resolve by name.
 */
final class AvroParser {

  private AvroParser() {}

  static AvroSchema parse(String text, List<ResolvedReference> references, boolean normalized) {
    if (text == null || text.isBlank()) {
      throw new InvalidSchemaException("Empty Avro schema");
    }
    Schema.Parser parser = new Schema.Parser(NameValidator.STRICT_VALIDATOR).setValidateDefaults(true);
    List<ResolvedReference> kept = normalized ? List.copyOf(new LinkedHashSet<>(references)) : references;
    List<Schema> referenced = new ArrayList<>();
    List<ResolvedReference> canonicalReferences = new ArrayList<>();
    for (ResolvedReference reference : kept) {
      Schema schema = parseOne(parser, reference.text(), "reference " + reference.name() + ": ");
      canonicalReferences.add(new ResolvedReference(reference.name(), canonical(schema, referenced)));
      referenced.add(schema);
    }
    Schema schema = parseOne(parser, text, "");
    return new AvroSchema(text, schema, kept, canonicalReferences, canonical(schema, referenced), normalized);
  }

  /** Avro's compact text, naming (not inlining) the types that earlier references define. */
  // Deprecated in Avro 1.12, but it is exactly the printing Confluent hashes for identity.
  @SuppressWarnings("deprecation")
  private static String canonical(Schema schema, List<Schema> referenced) {
    // A type must not be printed as a mere name just because a reference defined it before.
    List<Schema> others =
        referenced.stream().filter(type -> !type.getFullName().equals(schema.getFullName())).toList();
    return schema.toString(others, false);
  }

  private static Schema parseOne(Schema.Parser parser, String text, String prefix) {
    try {
      return parser.parse(text);
    } catch (StackOverflowError e) {
      throw new InvalidSchemaException(prefix + "Avro schema is nested too deeply to parse");
    } catch (RuntimeException e) {
      throw invalid(prefix, e);
    }
  }

  private static InvalidSchemaException invalid(String prefix, RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonProcessingException json) {
        JsonLocation location = json.getLocation();
        Integer line = location == null || location.getLineNr() < 1 ? null : location.getLineNr();
        Integer column = location == null || location.getColumnNr() < 1 ? null : location.getColumnNr();
        String where = line == null ? "" : " at line " + line + ", column " + column;
        return new InvalidSchemaException(
            prefix + "Malformed JSON" + where + ": " + JsonErrors.describe(json), line, column, e);
      }
    }
    return new InvalidSchemaException(prefix + "Invalid Avro schema: " + describe(e), e);
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (message.contains("UnresolvedSchema")) {
      return "a type name could not be resolved (an unknown type name, or a named type whose"
          + " reference is missing)";
    }
    if (message.startsWith("Undefined schema: ")) {
      // Avro names the type it could not resolve; say what usually causes it.
      return message + " (an unknown type name, or a named type whose reference is missing)";
    }
    return message;
  }
}
