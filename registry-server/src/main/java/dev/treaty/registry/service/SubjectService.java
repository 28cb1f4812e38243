package dev.treaty.registry.service;

import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.Schema;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.VersionRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Subjects and their versions: listing, reading, looking a schema up, and deleting. */
public final class SubjectService {

  private final SchemaStore store;
  private final SchemaCache cache;
  private final CandidateParser parser;
  private final ConfigService configs;
  private final ModeService modes;
  private final Deletions deletions;
  private final OutputFormats outputs;

  SubjectService(
      SchemaStore store, SchemaCache cache, CandidateParser parser, ConfigService configs, ModeService modes,
      Deletions deletions, OutputFormats outputs) {
    this.outputs = outputs;
    this.store = store;
    this.cache = cache;
    this.parser = parser;
    this.configs = configs;
    this.modes = modes;
    this.deletions = deletions;
  }

  /** Subjects sorted; "deleted" means every version is soft-deleted. */
  public List<String> subjects(String prefix, boolean deleted, boolean deletedOnly) {
    String wanted = prefix == null || prefix.equals(":*:") ? "" : prefix;
    return store.inTransaction(session -> {
      Map<String, Boolean> anyLive = new TreeMap<>();
      for (VersionRow row : session.allVersions()) {
        anyLive.merge(row.subject(), !row.deleted(), Boolean::logicalOr);
      }
      return anyLive.entrySet().stream()
          .filter(entry -> entry.getKey().startsWith(wanted))
          .filter(entry -> deletedOnly ? !entry.getValue() : deleted || entry.getValue())
          .map(Map.Entry::getKey)
          .toList();
    });
  }

  public List<Integer> versions(String subject, boolean deleted, boolean deletedOnly) {
    return store.inTransaction(session -> {
      List<Integer> versions = session.versions(subject).stream()
          .filter(row -> deletedOnly ? row.deleted() : deleted || !row.deleted())
          .map(VersionRow::version)
          .toList();
      if (versions.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      return versions;
    });
  }

  public Schema version(String subject, VersionSpec spec, boolean deleted, String format) {
    return store.inTransaction(session -> {
      VersionRow row = find(session, subject, spec, deleted);
      return Views.schema(row, outputs.present(session, cache.row(session, row.schemaId()).orElseThrow(), format));
    });
  }

  /** Ids of the schemas that reference this version, sorted. */
  public List<Integer> referencedBy(String subject, VersionSpec spec, boolean deleted) {
    return store.inTransaction(session -> {
      VersionRow row = find(session, subject, spec, true);
      return List.copyOf(new TreeSet<>(session.referringVersions(row.subject(), row.version()).stream()
          .filter(referrer -> deleted || !referrer.deleted())
          .map(VersionRow::schemaId)
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
          return Views.schema(versions.get(i), row);
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
          return Views.schema(candidates.get(i), row);
        }
      }
      throw RegistryException.schemaNotFound("Schema not found");
    });
  }

  public List<Integer> deleteSubject(String subject, boolean permanent, String actor) {
    return store.inTransaction(session -> {
      modes.requireWritable(session, subject);
      List<VersionRow> versions = session.versions(subject);
      if (versions.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      List<VersionRow> live = versions.stream().filter(row -> !row.deleted()).toList();
      if (permanent) {
        if (!live.isEmpty()) {
          throw new RegistryException(
              ErrorCode.SUBJECT_NOT_SOFT_DELETED,
              "Subject '" + subject + "' was not deleted first before being permanently deleted");
        }
        deletions.removePermanently(session, versions, actor);
        return versions.stream().map(VersionRow::version).toList();
      }
      if (live.isEmpty()) {
        throw new RegistryException(
            ErrorCode.SUBJECT_SOFT_DELETED,
            "Subject '" + subject + "' was soft deleted. Set permanent=true to delete permanently");
      }
      deletions.softDelete(session, live, actor);
      return live.stream().map(VersionRow::version).toList();
    });
  }

  public int deleteVersion(String subject, VersionSpec spec, boolean permanent, String actor) {
    return store.inTransaction(session -> {
      modes.requireWritable(session, subject);
      VersionRow row = find(session, subject, spec, true);
      if (permanent) {
        if (!row.deleted()) {
          throw new RegistryException(
              ErrorCode.VERSION_NOT_SOFT_DELETED,
              "Subject '" + subject + "' Version " + row.version()
                  + " was not deleted first before being permanently deleted");
        }
        deletions.removePermanently(session, List.of(row), actor);
      } else {
        if (row.deleted()) {
          throw new RegistryException(
              ErrorCode.VERSION_SOFT_DELETED,
              "Subject '" + subject + "' Version " + row.version()
                  + " was soft deleted. Set permanent=true to delete permanently");
        }
        deletions.softDelete(session, List.of(row), actor);
      }
      return row.version();
    });
  }

  /**
   * The version a path names. {@code latest} is the newest live version; a number may name a
   * soft-deleted version only when {@code deleted} allows it.
   */
  private static VersionRow find(StoreSession session, String subject, VersionSpec spec, boolean deleted) {
    List<VersionRow> versions = session.versions(subject);
    List<VersionRow> live = versions.stream().filter(row -> !row.deleted()).toList();
    if (live.isEmpty() && (!deleted || versions.isEmpty() || spec.isLatest())) {
      throw RegistryException.subjectNotFound(subject);
    }
    if (spec.isLatest()) {
      return live.get(live.size() - 1);
    }
    return versions.stream()
        .filter(row -> row.version() == spec.number() && (deleted || !row.deleted()))
        .findFirst()
        .orElseThrow(() -> RegistryException.versionNotFound(spec.number()));
  }
}
