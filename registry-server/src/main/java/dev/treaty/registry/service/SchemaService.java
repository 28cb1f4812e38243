package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.client.model.ContextId;
import dev.treaty.client.model.Schema;
import dev.treaty.client.model.SchemaString;
import dev.treaty.client.model.SubjectVersion;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.VersionRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/** Schemas by id (served from the cache when possible) and the {@code /schemas} listing. */
public final class SchemaService {

  /** Confluent's name of the default context in {@code {"context", "id"}} answers. */
  private static final String DEFAULT_CONTEXT = ".";

  private final SchemaStore store;
  private final SchemaCache cache;
  private final ContextIds ids;
  private final Formats formats;
  private final OutputFormats outputs;

  SchemaService(SchemaStore store, SchemaCache cache, ContextIds ids, Formats formats, OutputFormats outputs) {
    this.store = store;
    this.cache = cache;
    this.ids = ids;
    this.formats = formats;
    this.outputs = outputs;
  }

  /**
   * The schema with this id, if the caller may read a subject that uses it; else it is "not
   * found", as if it did not exist. {@code subjectHint} names the context the id is in (see
   * {@link ContextIds#stored}) and picks which subject and version to report; {@code fetchMaxId}
   * is answered to callers who read every subject only, since it tells how many schemas there are. Without hint, maxId and restrictions, a cached
   * schema is answered without the database.
   */
  public SchemaString byId(int id, String subjectHint, boolean fetchMaxId, String format, Access access) {
    boolean hinted = subjectHint != null && !subjectHint.isEmpty();
    boolean maxId = fetchMaxId && access.readsEverything();
    // Only a positive id is a row id of the default context; a named context's rows are negative.
    if (id > 0 && !hinted && !maxId && access.readsEverything() && !OutputFormats.changesAnything(format)) {
      Optional<SchemaRow> cached = cache.cached(id);
      if (cached.isPresent()) {
        return Views.schemaString(cached.get(), null, null);
      }
    }
    return store.inTransaction(session -> {
      int stored = ids.stored(session, subjectHint, id).orElseThrow(() -> notFound(id));
      List<VersionRow> usages = readableUsages(session, stored, id, access);
      SchemaRow row = outputs.present(session, cache.row(session, stored).orElseThrow(() -> notFound(id)), format);
      VersionRow version = null;
      if (hinted) {
        // The hint picks the subject to report; an id used elsewhere only still answers, with
        // one of the (readable) subjects it is used in, as Confluent does.
        version = usages.stream()
            .filter(candidate -> Contexts.matches(candidate.subject(), subjectHint))
            .reduce((first, second) -> second)
            .orElse(usages.isEmpty() ? null : usages.get(0));
      }
      return Views.schemaString(row, version, maxId ? session.maxSchemaId() : null);
    });
  }

  /**
   * The versions using the stored schema in subjects the caller may read and whose context calls
   * it {@code id}; none means "not found" to a restricted caller.
   */
  private List<VersionRow> readableUsages(StoreSession session, int stored, int id, Access access) {
    List<VersionRow> usages = access.readable(session.versionsOfSchema(stored), VersionRow::subject).stream()
        .filter(version -> ids.shown(session, version) == id)
        .toList();
    if (usages.isEmpty() && !access.readsEverything()) {
      throw notFound(id);
    }
    return usages;
  }

  /**
   * The plain answer for a schema by id (no subject, no maxId) as bytes, rendered once per id and
   * form (with or without {@code guid}) and served from memory afterwards: the hottest request of a
   * registry, made by every consumer.
   */
  public byte[] renderedById(int id, boolean withGuid, Function<SchemaString, byte[]> render) {
    SchemaRow row = (id > 0 ? cache.cached(id) : Optional.<SchemaRow>empty())
        .or(() -> store.readOnce(session -> ids.stored(session, null, id).flatMap(stored -> cache.row(session, stored))))
        .orElseThrow(() -> notFound(id));
    return cache.rendered(row.id(), withGuid, row, cached -> {
      SchemaString answer = Views.schemaString(cached, null, null);
      return render.apply(withGuid ? answer : answer.withoutGuid());
    });
  }

  /**
   * The schema with this GUID ({@code GET /schemas/guids/{guid}}), under the same rule as by id:
   * found only when the caller may read a subject that uses one of its ids. The lowest such id
   * answers (several ids share a GUID only when IMPORT gave one schema several ids).
   */
  public SchemaString byGuid(String guid, String format, Access access) {
    return store.inTransaction(session -> {
      int id = storedOfGuid(session, guid, access).stream().findFirst().orElseThrow(() -> guidNotFound(guid));
      SchemaRow row = outputs.present(session, cache.row(session, id).orElseThrow(() -> guidNotFound(guid)), format);
      return Views.schemaString(row, null, null);
    });
  }

  /**
   * The ids that have this GUID where the caller may read a subject using them, each with its
   * context ({@code GET /schemas/guids/{guid}/ids}): the default context first, then the named ones.
   */
  public List<ContextId> idsOfGuid(String guid, Access access) {
    return store.inTransaction(session -> {
      // From the versions the caller may read, so that no context is named to someone who may read none of its subjects.
      Set<ContextId> found = new TreeSet<>(Comparator.comparing((ContextId id) -> !id.context().equals(DEFAULT_CONTEXT))
          .thenComparing(ContextId::context).thenComparingInt(ContextId::id));
      for (int stored : storedOfGuid(session, guid, access)) {
        for (VersionRow version : access.readable(session.versionsOfSchema(stored), VersionRow::subject)) {
          found.add(new ContextId(Contexts.nameOf(version.subject()), ids.shown(session, version)));
        }
      }
      if (found.isEmpty()) {
        throw guidNotFound(guid);
      }
      return List.copyOf(found);
    });
  }

  /** The stored schemas that have this GUID and that the caller may read, by row id. */
  private static List<Integer> storedOfGuid(StoreSession session, String guid, Access access) {
    String normalized = normalizedGuid(guid);
    if (normalized == null) {
      return List.of();
    }
    return session.schemaIdsByGuid(normalized).stream()
        .filter(id -> access.readsEverything() || !access.readable(session.versionsOfSchema(id), VersionRow::subject).isEmpty())
        .toList();
  }

  /** The GUID in the stored form (lower case, hyphenated), or {@code null} when the text is no UUID. */
  private static String normalizedGuid(String text) {
    try {
      UUID parsed = UUID.fromString(text.trim());
      String canonical = parsed.toString();
      return canonical.equalsIgnoreCase(text.trim()) ? canonical : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static RegistryException guidNotFound(String guid) {
    return RegistryException.schemaNotFound("Schema " + guid + " not found");
  }

  public List<String> subjectsOf(int id, String subject, boolean deleted, Access access) {
    return usages(id, subject, deleted, access).stream().map(SubjectVersion::subject).distinct().toList();
  }

  /** Where the id is used, in subjects the caller may read ({@code subject} names the context, as for {@link #byId}). */
  public List<SubjectVersion> usages(int id, String subject, boolean deleted, Access access) {
    return store.inTransaction(session -> {
      int stored = ids.stored(session, subject, id).orElseThrow(() -> notFound(id));
      List<VersionRow> readable = readableUsages(session, stored, id, access);
      return readable.stream()
          .filter(row -> deleted || !row.deleted())
          .filter(row -> Contexts.matches(row.subject(), subject))
          .map(row -> new SubjectVersion(row.subject(), row.version()))
          .toList();
    });
  }

  public List<String> types() {
    return formats.names();
  }

  /**
   * {@code GET /schemas}: versions ordered by subject then version, filtered (by the caller's access
   * too, and, given a {@code ruleType}, to those whose rule set has a rule of that type), then paged.
   */
  public List<Schema> list(
      String prefix, boolean deleted, boolean latestOnly, String ruleType, int offset, int limit, Access access) {
    return store.inTransaction(session -> {
      Map<String, List<VersionRow>> bySubject = new TreeMap<>();
      for (VersionRow row : session.allVersions()) {
        if (Contexts.listed(row.subject(), prefix) && (deleted || !row.deleted()) && access.mayRead(row.subject())) {
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
      boolean byRuleType = ruleType != null && !ruleType.isEmpty();
      // Without a rule type the page is cut before the schemas are read; with one, after.
      return chosen.stream()
          .skip(byRuleType ? 0 : Math.max(0, offset))
          .map(row -> Views.schema(row, cache.row(session, row.schemaId()).orElseThrow(), ids.shown(session, row)))
          .filter(schema -> !byRuleType || hasRuleOfType(schema.ruleSet(), ruleType))
          .skip(byRuleType ? Math.max(0, offset) : 0)
          .limit(limit <= 0 || limit > 1000 ? 1000 : limit)
          .toList();
    });
  }

  // Confluent's ruleType filter: a rule of that type among the migration, domain or encoding rules.
  private static boolean hasRuleOfType(JsonNode ruleSet, String type) {
    if (ruleSet == null) {
      return false;
    }
    for (String list : new String[] {"migrationRules", "domainRules", "encodingRules"}) {
      for (JsonNode rule : ruleSet.path(list)) {
        if (rule.path("type").asText("").equals(type)) {
          return true;
        }
      }
    }
    return false;
  }

  private static RegistryException notFound(int id) {
    return RegistryException.schemaNotFound("Schema " + id + " not found");
  }
}
