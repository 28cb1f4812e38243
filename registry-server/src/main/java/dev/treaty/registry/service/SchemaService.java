package dev.treaty.registry.service;

import dev.treaty.client.model.Schema;
import dev.treaty.client.model.SchemaString;
import dev.treaty.client.model.SubjectVersion;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.VersionRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Schemas by id (served from the cache when possible) and the {@code /schemas} listing. */
public final class SchemaService {

  private final SchemaStore store;
  private final SchemaCache cache;
  private final Formats formats;
  private final OutputFormats outputs;

  SchemaService(SchemaStore store, SchemaCache cache, Formats formats, OutputFormats outputs) {
    this.store = store;
    this.cache = cache;
    this.formats = formats;
    this.outputs = outputs;
  }

  /**
   * The schema with this id. {@code subjectHint} only picks which subject and version to report;
   * without it (and without {@code fetchMaxId}) a cached schema is answered without the database.
   */
  public SchemaString byId(int id, String subjectHint, boolean fetchMaxId, String format) {
    boolean hinted = subjectHint != null && !subjectHint.isEmpty();
    if (!hinted && !fetchMaxId && !OutputFormats.changesAnything(format)) {
      Optional<SchemaRow> cached = cache.cached(id);
      if (cached.isPresent()) {
        return Views.schemaString(cached.get(), null, null);
      }
    }
    return store.inTransaction(session -> {
      SchemaRow row = outputs.present(session, cache.row(session, id).orElseThrow(() -> notFound(id)), format);
      VersionRow version = null;
      if (hinted) {
        // The hint picks the subject to report; an id used elsewhere only still answers, with
        // one of the subjects it is used in, as Confluent does.
        List<VersionRow> usages = session.versionsOfSchema(id);
        version = usages.stream()
            .filter(candidate -> candidate.subject().equals(subjectHint))
            .reduce((first, second) -> second)
            .orElse(usages.isEmpty() ? null : usages.get(0));
      }
      return Views.schemaString(row, version, fetchMaxId ? session.maxSchemaId() : null);
    });
  }

  /**
   * The plain answer for a schema by id (no subject, no maxId) as bytes, rendered once per id and
   * served from memory afterwards: the hottest request of a registry, made by every consumer.
   */
  public byte[] renderedById(int id, Function<SchemaString, byte[]> render) {
    SchemaRow row = cache.cached(id)
        .or(() -> store.inTransaction(session -> cache.row(session, id)))
        .orElseThrow(() -> notFound(id));
    return cache.rendered(id, row, cached -> render.apply(Views.schemaString(cached, null, null)));
  }

  public List<String> subjectsOf(int id, String subject, boolean deleted) {
    return usages(id, subject, deleted).stream().map(SubjectVersion::subject).distinct().toList();
  }

  public List<SubjectVersion> usages(int id, String subject, boolean deleted) {
    return store.inTransaction(session -> {
      cache.row(session, id).orElseThrow(() -> notFound(id));
      return session.versionsOfSchema(id).stream()
          .filter(row -> deleted || !row.deleted())
          .filter(row -> subject == null || subject.isEmpty() || row.subject().equals(subject))
          .map(row -> new SubjectVersion(row.subject(), row.version()))
          .toList();
    });
  }

  public List<String> types() {
    return formats.names();
  }

  /** {@code GET /schemas}: versions ordered by subject then version, filtered, then paged. */
  public List<Schema> list(String prefix, boolean deleted, boolean latestOnly, int offset, int limit) {
    String wanted = prefix == null ? "" : prefix;
    return store.inTransaction(session -> {
      Map<String, List<VersionRow>> bySubject = new TreeMap<>();
      for (VersionRow row : session.allVersions()) {
        if (row.subject().startsWith(wanted) && (deleted || !row.deleted())) {
          bySubject.computeIfAbsent(row.subject(), key -> new ArrayList<>()).add(row);
        }
      }
      List<VersionRow> chosen = new ArrayList<>();
      for (List<VersionRow> rows : bySubject.values()) {
        rows.sort(Comparator.comparingInt(VersionRow::version));
        if (latestOnly) {
          rows.stream().filter(row -> !row.deleted()).reduce((a, b) -> b).ifPresent(chosen::add);
        } else {
          chosen.addAll(rows);
        }
      }
      return chosen.stream()
          .skip(Math.max(0, offset))
          .limit(limit <= 0 || limit > 1000 ? 1000 : limit)
          .map(row -> Views.schema(row, cache.row(session, row.schemaId()).orElseThrow()))
          .toList();
    });
  }

  private static RegistryException notFound(int id) {
    return RegistryException.schemaNotFound("Schema " + id + " not found");
  }
}
