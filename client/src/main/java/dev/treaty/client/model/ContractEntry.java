package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One subject of a contract: the schema an application writes to it (produces) or reads it with
 * (consumes). Either {@code schema} is given inline, or {@code version} names a registered version
 * of the subject ({@code -1} for the latest) whose schema the server copies in. {@code examples}
 * are messages (JSON values) a consumer expects; each must be valid under every producer's schema.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractEntry(
    String subject,
    String schemaType,
    String schema,
    List<SchemaReference> references,
    Integer version,
    List<JsonNode> examples) {

  // null references are kept, so that the server can say what is wrong with them
  public ContractEntry {
    references = references == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(references));
    examples = examples == null ? List.of() : List.copyOf(examples);
  }

  public static ContractEntry inline(String subject, String schemaType, String schema) {
    return new ContractEntry(subject, schemaType, schema, List.of(), null, List.of());
  }

  public static ContractEntry registered(String subject, int version) {
    return new ContractEntry(subject, null, null, List.of(), version, List.of());
  }

  public ContractEntry withExamples(List<JsonNode> more) {
    return new ContractEntry(subject, schemaType, schema, references, version, more);
  }
}
