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
 * {@code registeredVersion} is only in the registry's answer to reading a contract: the registered
 * version of the subject the schema is (the one named, or the live version whose schema equals
 * the inline text; absent when not registered). Publishing ignores it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractEntry(
    String subject,
    String schemaType,
    String schema,
    List<SchemaReference> references,
    Integer version,
    List<JsonNode> examples,
    Integer registeredVersion) {

  // null references are kept, so that the server can say what is wrong with them
  public ContractEntry {
    references = references == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(references));
    examples = examples == null ? List.of() : List.copyOf(examples);
  }

  /** An entry as published, without {@code registeredVersion}. */
  public ContractEntry(
      String subject, String schemaType, String schema, List<SchemaReference> references, Integer version,
      List<JsonNode> examples) {
    this(subject, schemaType, schema, references, version, examples, null);
  }

  public static ContractEntry inline(String subject, String schemaType, String schema) {
    return new ContractEntry(subject, schemaType, schema, List.of(), null, List.of());
  }

  public static ContractEntry registered(String subject, int version) {
    return new ContractEntry(subject, null, null, List.of(), version, List.of());
  }

  public ContractEntry withExamples(List<JsonNode> more) {
    return new ContractEntry(subject, schemaType, schema, references, version, more, registeredVersion);
  }

  /** The same entry saying which registered version its schema is ({@code null}: none). */
  public ContractEntry withRegisteredVersion(Integer registered) {
    return new ContractEntry(subject, schemaType, schema, references, version, examples, registered);
  }
}
