package dev.treaty.registry.service;

import dev.treaty.client.model.SchemaReference;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.registry.store.SchemaStore;
import java.util.List;
import java.util.Set;

/**
 * Resolves references to registered subjects for callers outside registration (contracts), the
 * same way registration does. Thread-safe.
 */
public final class ReferenceTexts {

  /** The references with {@code -1} turned into version numbers, and the texts to parse with. */
  public record Resolved(List<SchemaReference> concrete, List<ResolvedReference> texts) {}

  private final SchemaStore store;
  private final ReferenceResolver resolver;

  ReferenceTexts(SchemaStore store, ReferenceResolver resolver) {
    this.store = store;
    this.resolver = resolver;
  }

  /**
   * Every subject the references reach, references of references included.
   *
   * @throws RegistryException 42201 when a reference points nowhere
   */
  public Set<String> subjects(List<SchemaReference> references) {
    return references.isEmpty() ? Set.of() : store.inTransaction(session -> resolver.subjects(session, references));
  }

  /** @throws RegistryException 42201 when a reference is incomplete or points at no live version */
  public Resolved resolve(List<SchemaReference> references) {
    if (references.isEmpty()) {
      return new Resolved(List.of(), List.of());
    }
    ReferenceResolver.Resolution resolution = store.inTransaction(session -> resolver.resolve(session, references, false));
    return new Resolved(resolution.concrete(), resolution.texts());
  }
}
