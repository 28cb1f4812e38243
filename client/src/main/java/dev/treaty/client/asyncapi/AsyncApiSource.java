package dev.treaty.client.asyncapi;

import dev.treaty.client.model.ContractEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an AsyncAPI document is built from: one application version's contract (each entry with its
 * schema text and type filled in) and what is known about the application. {@code description},
 * {@code owner} and {@code environment} may be {@code null}.
 */
public record AsyncApiSource(
    String application, String version, String description, String owner, String environment,
    List<Side> produces, List<Side> consumes) {

  public AsyncApiSource {
    produces = produces == null ? List.of() : List.copyOf(produces);
    consumes = consumes == null ? List.of() : List.copyOf(consumes);
  }

  /**
   * One subject of the contract and the texts of the schemas its schema refers to, by the name the
   * schema uses for them (an Avro full name, a .proto import, a JSON Schema {@code $ref}), references
   * of references included.
   */
  public record Side(ContractEntry entry, Map<String, String> references) {

    public Side {
      references = references == null ? Map.of() : new LinkedHashMap<>(references);
    }

    public static Side of(ContractEntry entry) {
      return new Side(entry, Map.of());
    }
  }
}
