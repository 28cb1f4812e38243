package dev.treaty.registry.store;

import dev.treaty.client.model.SchemaReference;
import java.util.List;

/**
 * A stored schema: immutable once written. {@code identity} is the hash that decides "same schema";
 * metadata and rule set are kept as the JSON text they were given in.
 */
public record SchemaRow(
    int id,
    String schemaType,
    String text,
    String identity,
    List<SchemaReference> references,
    String metadataJson,
    String ruleSetJson) {

  public SchemaRow {
    references = List.copyOf(references);
  }

  public SchemaRow withId(int newId) {
    return new SchemaRow(newId, schemaType, text, identity, references, metadataJson, ruleSetJson);
  }
}
