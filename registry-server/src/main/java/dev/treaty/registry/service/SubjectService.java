package dev.treaty.registry.service;

import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.Schema;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.VersionRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Subjects and their versions: listing, reading and looking a schema up. */
public final class SubjectService {

  private static final int SUBJECTS_PER_READ = 2_000;

  private final SchemaStore store;
  private final SchemaCache cache;
  private final CandidateParser parser;
  private final ConfigService configs;
  private final OutputFormats outputs;
  private final SemanticMatch semantic;
  private final ContextIds ids;

  SubjectService(
      SchemaStore store, SchemaCache cache, CandidateParser parser, ConfigService configs, OutputFormats outputs,
      SemanticMatch semantic, ContextIds ids) {
    this.ids = ids;
    this.outputs = outputs;
    this.semantic = semantic;
    this.store = store;
    this.cache = cache;
    this.parser = parser;
    this.configs = configs;
  }

  /** Subjects sorted; "deleted" means every version is soft-deleted. */
  public List<String> subjects(String prefix, boolean deleted, boolean deletedOnly) {
    List<String> all = new java.util.ArrayList<>();
    names(prefix, deleted, deletedOnly, 0).forEachRemaining(all::add);
    return all;
  }

  /**
   * The same names, read a page at a time in short transactions as the iterator is drained, so
   * that listing 100,000 subjects holds neither them all in memory nor a connection while the
   * client reads. The first page is read before this returns: a database that is down fails
   * the request before any of its answer is written.
   *
   * @param skip how many names to leave out first (counted by the database)
   */
  public java.util.Iterator<String> names(String prefix, boolean deleted, boolean deletedOnly, int skip) {
    String wanted = Contexts.storePrefix(prefix);
    // the default context's names are told apart here, so the database cannot count the offset
    boolean sifted = prefix != null && prefix.startsWith(Contexts.DEFAULT_PREFIX);
    java.util.Iterator<String> names = new java.util.Iterator<>() {
      private String last = "";
      private boolean more;
      private List<String> page = read(last, sifted ? 0 : skip); // sets last and more, so declared after them
      private int next;

      @Override
      public boolean hasNext() {
        while (next == page.size() && more) {
          page = read(last, 0);
          next = 0;
        }
        return next < page.size();
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return page.get(next++);
      }

      /** A page as the store reads it, less the other contexts' subjects when listing the default one. */
      private List<String> read(String after, int skipped) {
        List<String> read = store.inTransaction(
            session -> session.subjectsAfter(wanted, after, deleted, deletedOnly, skipped, SUBJECTS_PER_READ));
        more = read.size() == SUBJECTS_PER_READ;
        last = read.isEmpty() ? last : read.get(read.size() - 1);
        return read.stream().filter(subject -> Contexts.listed(subject, prefix)).toList();
      }
    };
    for (int i = 0; sifted && i < skip && names.hasNext(); i++) {
      names.next();
    }
    return names;
  }

  /**
   * Contexts in use: the default {@code .} first, then those named by qualified subjects
   * ({@code :.ctx:subject}), sorted. Each numbers its schemas itself (see {@link ContextIds}).
   */
  public List<String> contexts(Access access) {
    java.util.SortedSet<String> named = new TreeSet<>();
    for (String subject : access.readable(subjects(null, true, false), name -> name)) {
      if (Contexts.of(subject) != null) {
        named.add(Contexts.nameOf(subject));
      }
    }
    List<String> contexts = new java.util.ArrayList<>(List.of("."));
    contexts.addAll(named);
    return contexts;
  }

  /** @param deletedAsNegative list soft-deleted versions as negative numbers (Confluent 8.0.4+) */
  public List<Integer> versions(String subject, boolean deleted, boolean deletedOnly, boolean deletedAsNegative) {
    return store.inTransaction(session -> {
      List<Integer> versions = session.versions(subject).stream()
          .filter(row -> deletedOnly ? row.deleted() : deleted || deletedAsNegative || !row.deleted())
          .map(row -> deletedAsNegative && row.deleted() ? -row.version() : row.version())
          .toList();
      if (versions.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      return versions;
    });
  }

  public Schema version(String subject, VersionSpec spec, boolean deleted, String format) {
    return store.inTransaction(session -> {
      VersionRow row = PathVersions.find(session, subject, spec, deleted);
      return Views.schema(row, outputs.present(session, cache.row(session, row.schemaId()).orElseThrow(), format),
          ids.shown(session, row));
    });
  }

  /** Ids of the schemas that reference the version, in subjects the caller may read, each in its subject's context; sorted. */
  public List<Integer> referencedBy(String subject, VersionSpec spec, boolean deleted, Access access) {
    return store.inTransaction(session -> {
      VersionRow row = PathVersions.find(session, subject, spec, true);
      return List.copyOf(new TreeSet<>(session.referringVersions(row.subject(), row.version()).stream()
          .filter(referrer -> deleted || !referrer.deleted())
          .filter(referrer -> access.mayRead(referrer.subject()))
          .map(referrer -> ids.shown(session, referrer))
          .toList()));
    });
  }

  /**
   * The newest version whose {@code metadata.properties} hold every given key with its value
   * ({@code keys} and {@code values} pair up by position).
   */
  public Schema withMetadata(String subject, List<String> keys, List<String> values, boolean deleted) {
    return store.inTransaction(session -> {
      List<VersionRow> versions = session.versions(subject).stream().filter(row -> deleted || !row.deleted()).toList();
      if (versions.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      for (int i = versions.size() - 1; i >= 0; i--) {
        SchemaRow row = cache.row(session, versions.get(i).schemaId()).orElseThrow();
        var properties = Json.read(row.metadataJson());
        boolean matches = true;
        for (int k = 0; k < keys.size(); k++) {
          String wanted = k < values.size() ? values.get(k) : null;
          var actual = properties == null ? null : properties.path("properties").get(keys.get(k));
          matches &= actual != null && actual.asText().equals(wanted);
        }
        if (matches) {
          return Views.schema(versions.get(i), row, ids.shown(session, versions.get(i)));
        }
      }
      throw RegistryException.schemaNotFound("Schema not found");
    });
  }

  /** The version of {@code subject} whose schema is the one in the request. */
  public Schema lookup(String subject, RegisterSchemaRequest request, boolean normalize, boolean deleted) {
    return store.inTransaction(session -> {
      List<VersionRow> candidates = session.versions(subject).stream()
          .filter(row -> deleted || !row.deleted())
          .toList();
      if (candidates.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      Settings settings = configs.effective(session, subject);
      Candidate candidate = parser.parse(session, request, normalize || settings.normalize(), Optional.empty());
      for (int i = candidates.size() - 1; i >= 0; i--) {
        SchemaRow row = cache.row(session, candidates.get(i).schemaId()).orElseThrow();
        if (row.identity().equals(candidate.identity())) {
          return Views.schema(candidates.get(i), row, ids.shown(session, candidates.get(i)));
        }
      }
      // A serializer looks up the bare schema; metadata and rules attached at registration (or
      // by config defaults) do not make it a different schema to find.
      if (request.metadata() == null && request.ruleSet() == null) {
        for (int i = candidates.size() - 1; i >= 0; i--) {
          SchemaRow row = cache.row(session, candidates.get(i).schemaId()).orElseThrow();
          if (row.schemaType().equals(candidate.schemaType()) && row.text().equals(candidate.text())
              && row.references().equals(candidate.references())) {
            return Views.schema(candidates.get(i), row, ids.shown(session, candidates.get(i)));
          }
        }
      }
      for (int i = SemanticMatch.applies(candidate) ? candidates.size() - 1 : -1; i >= 0; i--) {
        SchemaRow row = cache.row(session, candidates.get(i).schemaId()).orElseThrow();
        if (semantic.matches(session, candidate, row, request.metadata(), request.ruleSet())) {
          return Views.schema(candidates.get(i), row, ids.shown(session, candidates.get(i)));
        }
      }
      throw RegistryException.schemaNotFound("Schema not found");
    });
  }




}
