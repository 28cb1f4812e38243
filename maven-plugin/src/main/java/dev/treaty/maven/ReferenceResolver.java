package dev.treaty.maven;

import dev.treaty.client.RegistryClient;
import dev.treaty.client.model.Schema;
import dev.treaty.client.model.SchemaReference;
import dev.treaty.compatibility.ResolvedReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Finds the schemas a configured schema refers to. A reference without a version to a subject
 * configured in the same build uses the local file, so {@code validate} needs no registry for it;
 * anything else is fetched from the registry, transitively, dependencies first.
 */
final class ReferenceResolver {

  /** Gives the registry client, failing when none is configured. */
  interface ClientSource {
    RegistryClient get() throws MojoExecutionException;
  }

  private final Map<String, SubjectSchema> local;
  private final ClientSource registry;
  private final Map<String, Integer> registeredThisRun = new HashMap<>();

  ReferenceResolver(Map<String, SubjectSchema> local, ClientSource registry) {
    this.local = local;
    this.registry = registry;
  }

  /** Remembers the version a subject got in this run, for references that name no version. */
  void registered(String subject, int version) {
    registeredThisRun.put(subject, version);
  }

  /** The texts of every schema {@code schema} depends on, each after its own dependencies. */
  List<ResolvedReference> resolve(SubjectSchema schema) throws MojoExecutionException {
    List<ResolvedReference> ordered = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Reference reference : schema.references()) {
      visitLocalOrRemote(reference, done, new HashSet<>(), ordered);
    }
    return ordered;
  }

  /** The references as the registry wants them: every version a number. */
  List<SchemaReference> pinned(SubjectSchema schema) throws MojoExecutionException {
    List<SchemaReference> pinned = new ArrayList<>();
    for (Reference reference : schema.references()) {
      Integer version = reference.getVersion();
      if (version == null || version < 0) {
        version = registeredThisRun.get(reference.getSubject());
      }
      if (version == null) {
        version = fetch(reference.getSubject(), "latest").version();
      }
      pinned.add(new SchemaReference(reference.getName(), reference.getSubject(), version));
    }
    return pinned;
  }

  private void visitLocalOrRemote(Reference reference, Set<String> done, Set<String> path, List<ResolvedReference> out)
      throws MojoExecutionException {
    if (done.contains(reference.getName())) {
      return;
    }
    enter(reference.getName(), path);
    SubjectSchema localSchema = reference.getVersion() == null ? local.get(reference.getSubject()) : null;
    if (localSchema != null) {
      for (Reference nested : localSchema.references()) {
        visitLocalOrRemote(nested, done, path, out);
      }
      finish(reference.getName(), localSchema.text(), done, path, out);
      return;
    }
    Schema remote = fetch(reference.getSubject(), versionText(reference));
    visitRemote(remote.references(), done, path, out);
    finish(reference.getName(), remote.schema(), done, path, out);
  }

  private void visitRemote(List<SchemaReference> references, Set<String> done, Set<String> path,
      List<ResolvedReference> out) throws MojoExecutionException {
    for (SchemaReference reference : references == null ? List.<SchemaReference>of() : references) {
      if (done.contains(reference.name())) {
        continue;
      }
      enter(reference.name(), path);
      String version = reference.version() == null || reference.version() < 0 ? "latest" : reference.version().toString();
      Schema remote = fetch(reference.subject(), version);
      visitRemote(remote.references(), done, path, out);
      finish(reference.name(), remote.schema(), done, path, out);
    }
  }

  private static void enter(String name, Set<String> path) throws MojoExecutionException {
    if (!path.add(name)) {
      throw new MojoExecutionException("The references of " + name + " form a cycle");
    }
  }

  private static void finish(String name, String text, Set<String> done, Set<String> path, List<ResolvedReference> out) {
    path.remove(name);
    done.add(name);
    out.add(new ResolvedReference(name, text));
  }

  private String versionText(Reference reference) {
    Integer version = reference.getVersion();
    if (version == null || version < 0) {
      Integer thisRun = registeredThisRun.get(reference.getSubject());
      return thisRun == null ? "latest" : thisRun.toString();
    }
    return version.toString();
  }

  private Schema fetch(String subject, String version) throws MojoExecutionException {
    try {
      return registry.get().version(subject, version, false);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("Cannot fetch referenced subject " + subject + " version " + version + ": "
          + e.getMessage(), e);
    }
  }
}
