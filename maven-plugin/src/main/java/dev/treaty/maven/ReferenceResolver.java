package dev.treaty.maven;

import dev.treaty.client.RegistryClient;
import dev.treaty.client.model.Schema;
import dev.treaty.client.model.SchemaReference;
import dev.treaty.compatibility.ResolvedReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Finds the schemas a configured schema refers to. A reference without a version to a subject
 * configured in the same build uses the local file, so {@code validate} needs no registry for it;
 * anything else comes from the registry. The walk itself (transitive, dependencies first, cycles
 * refused) is the client's {@link dev.treaty.client.ReferenceResolver}, shared with the CLI.
 */
final class ReferenceResolver {

  /** Gives the registry client, failing when none is configured. */
  interface ClientSource {
    RegistryClient get() throws MojoExecutionException;
  }

  /** Carries a checked failure of the registry out of the client's lookup callback. */
  private static final class Unavailable extends RuntimeException {
    Unavailable(MojoExecutionException cause) {
      super(cause);
    }
  }

  private final Map<String, SubjectSchema> local;
  private final ClientSource registry;
  private final Map<String, Integer> registeredThisRun = new HashMap<>();
  private final dev.treaty.client.ReferenceResolver walk = new dev.treaty.client.ReferenceResolver(this::find);

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
    try {
      return walk.resolve(asSchemaReferences(schema.references())).stream()
          .map(resolved -> new ResolvedReference(resolved.name(), resolved.text()))
          .toList();
    } catch (Unavailable e) {
      throw (MojoExecutionException) e.getCause();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
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

  /** A configured schema when the reference names no version, else the registry's. */
  private Schema find(SchemaReference reference) {
    SubjectSchema localSchema = reference.version() == null ? local.get(reference.subject()) : null;
    if (localSchema != null) {
      return new Schema(localSchema.subject(), null, null, null, localSchema.type(),
          asSchemaReferences(localSchema.references()), null, null, localSchema.text(), null, null);
    }
    Integer version = reference.version();
    String versionText = version == null || version < 0
        ? dev.treaty.client.ReferenceResolver.versionText(registeredThisRun.get(reference.subject()))
        : version.toString();
    try {
      return fetch(reference.subject(), versionText);
    } catch (MojoExecutionException e) {
      throw new Unavailable(e);
    }
  }

  private Schema fetch(String subject, String version) throws MojoExecutionException {
    RegistryClient client = registry.get();
    try {
      return client.version(subject, version, !"latest".equals(version));
    } catch (RuntimeException e) {
      throw new MojoExecutionException("Cannot fetch referenced subject " + subject + " version " + version + ": "
          + e.getMessage(), e);
    }
  }

  private static List<SchemaReference> asSchemaReferences(List<Reference> references) {
    return references.stream()
        .map(reference -> new SchemaReference(reference.getName(), reference.getSubject(), reference.getVersion()))
        .toList();
  }
}
