package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.compatibility.avro.AvroSchema;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.StoreSession;
import java.util.Objects;

/**
 * Confluent's "semantic" match, tried when no stored schema has the candidate's identity: an Avro
 * schema sent with the named types of its references written inline (what a serializer holding
 * the generated class sends) is the stored version that refers to those types, when both parse to
 * the same Avro schema.
 */
final class SemanticMatch {

  private final SchemaCache cache;
  private final Formats formats;
  private final ReferenceResolver resolver;

  SemanticMatch(SchemaCache cache, Formats formats, ReferenceResolver resolver) {
    this.cache = cache;
    this.formats = formats;
    this.resolver = resolver;
  }

  /** Whether {@code candidate} can match anything semantically: an Avro schema without references. */
  static boolean applies(Candidate candidate) {
    return candidate.parsed() instanceof AvroSchema && candidate.references().isEmpty();
  }

  /**
   * @param metadata the metadata the match must carry too, or {@code null} when any will do
   * @param ruleSet likewise for the rule set
   */
  boolean matches(StoreSession session, Candidate candidate, SchemaRow stored, JsonNode metadata, JsonNode ruleSet) {
    if (!(candidate.parsed() instanceof AvroSchema inline) || !candidate.references().isEmpty()
        || stored.references().isEmpty() || !stored.schemaType().equals(candidate.schemaType())) {
      return false;
    }
    if (metadata != null && !metadata.equals(Json.read(stored.metadataJson()))
        || ruleSet != null && !ruleSet.equals(Json.read(stored.ruleSetJson()))) {
      return false;
    }
    // Parsed with its references, the stored schema holds the referenced types inline too.
    return cache.parsed(session, stored, formats, resolver) instanceof AvroSchema referring
        && Objects.equals(inline.schema(), referring.schema());
  }
}
