package dev.treaty.client;

import dev.treaty.client.model.Schema;
import dev.treaty.client.model.SchemaReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the schemas a schema refers to, transitively, and orders them so that each comes after
 * those it depends on, as a format's parser wants them. The first binding of a name wins, as on
 * the server. The CLI and the Maven plugin both resolve with this; thread-safe if its lookup is.
 */
public final class ReferenceResolver {

  /** A referenced schema: the name the referring schema uses for it, and its text. */
  public record Resolved(String name, String text) {}

  /** Finds the schema one reference points at (its text and its own references). */
  @FunctionalInterface
  public interface Lookup {
    Schema find(SchemaReference reference);
  }

  private final Lookup lookup;

  public ReferenceResolver(Lookup lookup) {
    this.lookup = lookup;
  }

  /**
   * Resolves against a registry: a numbered version even when soft-deleted (a stored schema keeps
   * its references readable, as on the server), a reference without a number to the latest live
   * version.
   */
  public static ReferenceResolver of(RegistryClient client) {
    return new ReferenceResolver(lookupIn(client));
  }

  /** The lookup {@link #of(RegistryClient)} resolves with, for callers that wrap it. */
  public static Lookup lookupIn(RegistryClient client) {
    return reference -> client.version(
        reference.subject(), versionText(reference.version()), hasNumber(reference.version()));
  }

  /** {@code latest} for a version left open (missing or -1), else the number. */
  public static String versionText(Integer version) {
    return hasNumber(version) ? version.toString() : "latest";
  }

  /**
   * @throws IllegalArgumentException when the references form a cycle
   */
  public List<Resolved> resolve(List<SchemaReference> references) {
    List<Resolved> ordered = new ArrayList<>();
    visit(references, new HashSet<>(), new HashSet<>(), ordered);
    return List.copyOf(ordered);
  }

  private void visit(List<SchemaReference> references, Set<String> done, Set<String> path, List<Resolved> out) {
    if (references == null) {
      return;
    }
    for (SchemaReference reference : references) {
      if (done.contains(reference.name())) {
        continue;
      }
      if (!path.add(reference.name())) {
        throw new IllegalArgumentException("The references of " + reference.name() + " form a cycle");
      }
      Schema target = lookup.find(reference);
      visit(target.references(), done, path, out);
      path.remove(reference.name());
      done.add(reference.name());
      out.add(new Resolved(reference.name(), target.schema()));
    }
  }

  private static boolean hasNumber(Integer version) {
    return version != null && version >= 0;
  }
}
