package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * The contracts a build needs, saved to a file so that contract tests can run without a registry
 * ({@code treaty contract pull --to FILE}): for each subject, the contracts of its producers and
 * consumers, either their latest versions or, with {@code environment}, those deployed there; and
 * {@code referencedSchemas}, the registered versions their schemas refer to, transitively.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractSnapshot(
    String registry, String environment, String pulledAt, Map<String, Parties> subjects, List<Schema> referencedSchemas) {

  public ContractSnapshot {
    subjects = subjects == null ? Map.of() : new TreeMap<>(subjects);
    referencedSchemas = referencedSchemas == null ? List.of() : List.copyOf(referencedSchemas);
  }

  /**
   * The referenced version a reference points at, as the snapshot holds it: a reference without a
   * number (missing or -1) gets the newest the snapshot holds of the subject.
   *
   * @throws NoSuchElementException when the snapshot does not hold it
   */
  public Schema referencedSchema(SchemaReference reference) {
    boolean latest = reference.version() == null || reference.version() < 0;
    return referencedSchemas.stream()
        .filter(schema -> schema.subject().equals(reference.subject()))
        .filter(schema -> latest || schema.version().equals(reference.version()))
        .max(Comparator.comparing(Schema::version))
        .orElseThrow(() -> new NoSuchElementException("The snapshot holds no version "
            + (latest ? "latest" : reference.version()) + " of " + reference.subject() + "; pull it again"));
  }

  /** The contracts that produce and consume one subject. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Parties(List<Contract> producers, List<Contract> consumers) {
    public Parties {
      producers = producers == null ? List.of() : List.copyOf(producers);
      consumers = consumers == null ? List.of() : List.copyOf(consumers);
    }
  }
}
