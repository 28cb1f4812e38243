package dev.treaty.cli;

import dev.treaty.client.model.SchemaReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which exported versions are registered again: every referenced version before the
 * versions that refer to it, otherwise by id, subject and version, so ids are issued as they were.
 */
final class ImportOrder {

  /** An exported version together with its subject. */
  record Entry(String subject, Exported.Version version) {
    String key() {
      return key(subject, version.version());
    }

    static String key(String subject, int version) {
      return subject + "\u0000" + version;
    }
  }

  private ImportOrder() {}

  static List<Entry> of(Exported exported) {
    List<Entry> all = new ArrayList<>();
    for (Exported.Subject subject : exported.subjects()) {
      subject.versions().forEach(version -> all.add(new Entry(subject.name(), version)));
    }
    all.sort(Comparator.comparingInt((Entry e) -> e.version().id())
        .thenComparing(Entry::subject).thenComparingInt(e -> e.version().version()));
    Map<String, Entry> byKey = new HashMap<>();
    all.forEach(entry -> byKey.put(entry.key(), entry));
    Set<String> placed = new LinkedHashSet<>();
    List<Entry> ordered = new ArrayList<>();
    for (Entry entry : all) {
      place(entry, byKey, placed, new HashSet<>(), ordered);
    }
    return ordered;
  }

  private static void place(Entry entry, Map<String, Entry> byKey, Set<String> placed, Set<String> visiting,
      List<Entry> ordered) {
    if (placed.contains(entry.key())) {
      return;
    }
    if (!visiting.add(entry.key())) {
      throw new InputException("The export's references form a cycle at " + entry.subject() + " version "
          + entry.version().version());
    }
    List<SchemaReference> references = entry.version().references() == null ? List.of() : entry.version().references();
    for (SchemaReference reference : references) {
      Entry target = reference.version() == null ? null : byKey.get(Entry.key(reference.subject(), reference.version()));
      if (target == null) {
        throw new InputException(entry.subject() + " version " + entry.version().version() + " refers to "
            + reference.subject() + " version " + reference.version() + ", which the export does not hold");
      }
      place(target, byKey, placed, visiting, ordered);
    }
    placed.add(entry.key());
    ordered.add(entry);
  }
}
