package dev.treaty.cli;

import dev.treaty.client.RegistryClient;
import dev.treaty.client.model.Schema;
import dev.treaty.client.model.SchemaReference;
import dev.treaty.compatibility.ResolvedReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fetches the schemas a schema refers to, transitively, from the registry, and orders them so that
 * each comes after those it depends on (as {@code SchemaFormat.parse} wants). The first binding of
 * a name wins, as on the server.
 */
final class ReferenceResolver {

  private final RegistryClient client;

  ReferenceResolver(RegistryClient client) {
    this.client = client;
  }

  List<ResolvedReference> resolve(List<SchemaReference> references) {
    List<ResolvedReference> ordered = new ArrayList<>();
    visit(references, new HashSet<>(), new HashSet<>(), ordered);
    return ordered;
  }

  private void visit(List<SchemaReference> references, Set<String> done, Set<String> path, List<ResolvedReference> out) {
    if (references == null) {
      return;
    }
    for (SchemaReference reference : references) {
      if (done.contains(reference.name())) {
        continue;
      }
      if (!path.add(reference.name())) {
        throw new InputException("The references of " + reference.name() + " form a cycle");
      }
      String version = reference.version() == null || reference.version() == -1 ? "latest"
          : Integer.toString(reference.version());
      Schema target = client.version(reference.subject(), version, true);
      visit(target.references(), done, path, out);
      path.remove(reference.name());
      done.add(reference.name());
      out.add(new ResolvedReference(reference.name(), target.schema()));
    }
  }
}
