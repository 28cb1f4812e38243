package dev.treaty.registry.service;

import dev.treaty.client.model.SchemaReference;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.VersionRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns references (name, subject, version) into the texts a format parses with, walking them
 * recursively so that each dependency comes before what depends on it.
 */
final class ReferenceResolver {

  record Resolution(List<SchemaReference> concrete, List<ResolvedReference> texts) {}

  private final SchemaCache cache;

  ReferenceResolver(SchemaCache cache) {
    this.cache = cache;
  }

  /**
   * @param allowDeleted whether soft-deleted versions may be referenced (yes for stored schemas,
   *     no for new registrations)
   * @throws RegistryException 42201 when a reference is incomplete or points nowhere
   */
  Resolution resolve(StoreSession session, List<SchemaReference> references, boolean allowDeleted) {
    List<SchemaReference> concrete = new ArrayList<>();
    List<ResolvedReference> texts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SchemaReference reference : references) {
      SchemaRow row = target(session, reference, allowDeleted, concrete);
      collect(session, row, reference.name(), texts, seen, 0);
    }
    return new Resolution(List.copyOf(concrete), List.copyOf(texts));
  }

  /**
   * Every subject the references reach, references of references included, deleted versions too:
   * what a text resolved from them may show.
   *
   * @throws RegistryException 42201 when a reference points nowhere (a version deleted for good)
   */
  Set<String> subjects(StoreSession session, List<SchemaReference> references) {
    Set<String> subjects = new java.util.LinkedHashSet<>();
    walk(session, references, subjects, new HashSet<>(), 0);
    return subjects;
  }

  private void walk(
      StoreSession session, List<SchemaReference> references, Set<String> subjects, Set<String> seen, int depth) {
    if (depth > 64) {
      throw RegistryException.invalidSchema("References nest deeper than 64 levels");
    }
    for (SchemaReference reference : references) {
      SchemaRow row = target(session, reference, true, new ArrayList<>());
      subjects.add(reference.subject());
      if (seen.add(reference.subject() + '\0' + reference.version())) {
        walk(session, row.references(), subjects, seen, depth + 1);
      }
    }
  }

  private SchemaRow target(
      StoreSession session, SchemaReference reference, boolean allowDeleted, List<SchemaReference> concrete) {
    if (reference == null || isBlank(reference.name()) || isBlank(reference.subject()) || reference.version() == null) {
      throw RegistryException.invalidSchema("Invalid reference " + reference + ": name, subject and version are required");
    }
    if (!storable(reference.name()) || !storable(reference.subject())) {
      throw RegistryException.invalidSchema(
          "Invalid reference: name and subject must be at most " + SubjectNames.MAX_LENGTH
              + " characters without control characters");
    }
    List<VersionRow> versions = session.versions(reference.subject());
    VersionRow chosen = versions.stream()
        .filter(row -> reference.version() == -1
            ? !row.deleted()
            : row.version() == reference.version() && (allowDeleted || !row.deleted()))
        .reduce((first, second) -> second)
        .orElseThrow(() -> RegistryException.invalidSchema(
            "Invalid reference " + reference.name() + ": subject '" + reference.subject()
                + "' has no version " + (reference.version() == -1 ? "latest" : reference.version())));
    concrete.add(new SchemaReference(reference.name(), reference.subject(), chosen.version()));
    return cache.row(session, chosen.schemaId())
        .orElseThrow(() -> new IllegalStateException("Version without schema: " + chosen));
  }

  private void collect(
      StoreSession session, SchemaRow row, String name, List<ResolvedReference> texts, Set<String> seen, int depth) {
    if (depth > 64) {
      throw RegistryException.invalidSchema("References nest deeper than 64 levels");
    }
    if (!seen.add(name)) {
      return;
    }
    for (SchemaReference nested : row.references()) {
      SchemaRow nestedRow = target(session, nested, true, new ArrayList<>());
      collect(session, nestedRow, nested.name(), texts, seen, depth + 1);
    }
    texts.add(new ResolvedReference(name, row.text()));
  }

  private static boolean storable(String text) {
    return text.length() <= SubjectNames.MAX_LENGTH && text.chars().noneMatch(Character::isISOControl);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
