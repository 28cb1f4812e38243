package dev.treaty.kafka.internal;

import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.SchemaReference;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;

/**
 * The schema a serializer derived from a value: what it registers or looks up, and its name for
 * the record name strategies.
 *
 * @param references what the registry is told the schema refers to (subject and version)
 * @param localReferences the referenced schemas' texts, known locally, for parsing without the registry
 * @param name the record name ({@code null} when the schema has none)
 */
public record SchemaSource(
    String schemaType,
    String text,
    List<SchemaReference> references,
    List<ResolvedReference> localReferences,
    String name) {

  public SchemaSource {
    references = List.copyOf(references);
    localReferences = List.copyOf(localReferences);
  }

  public static SchemaSource of(String schemaType, String text, String name) {
    return new SchemaSource(schemaType, text, List.of(), List.of(), name);
  }

  public RegisterSchemaRequest request() {
    return RegisterSchemaRequest.of(schemaType, text, references);
  }

  public ParsedSchema parse() {
    return SchemaFormats.of(schemaType).parse(text, localReferences);
  }
}
