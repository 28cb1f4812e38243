package dev.treaty.registry.store;

import dev.treaty.client.model.SchemaReference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

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

  /**
   * The schema's GUID (Confluent 8's {@code guid}): a name-based UUID of its identity, so that it
   * is the same wherever and whenever this schema is stored (another node, an import, a
   * re-registration after a hard delete), as Confluent's, which is its schema hash as a UUID. An
   * id imported as a second id of a known schema shares that schema's GUID.
   */
  public String guid() {
    return guidOf(identity);
  }

  /** The GUID of a schema with this identity; the {@code guid} column holds it for lookups. */
  public static String guidOf(String identity) {
    return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
  }

  public SchemaRow withId(int newId) {
    return new SchemaRow(newId, schemaType, text, identity, references, metadataJson, ruleSetJson);
  }
}
