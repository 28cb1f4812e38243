package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.client.model.SchemaReference;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.registry.store.SchemaRow;
import java.util.List;

/**
 * A schema from a request, parsed and ready to be compared or stored. {@code identity} decides
 * "the same schema": equal canonical text, type, references, metadata and rule set.
 */
record Candidate(
    String schemaType,
    ParsedSchema parsed,
    List<SchemaReference> references,
    JsonNode metadata,
    JsonNode ruleSet,
    String identity) {

  String text() {
    return parsed.canonical();
  }

  SchemaRow toRow() {
    return new SchemaRow(0, schemaType, text(), identity, references, Json.write(metadata), Json.write(ruleSet));
  }
}
