package dev.treaty.registry.service;

import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.VersionRow;
import java.util.List;

/** Resolving the version a path names against a subject's stored versions. */
final class PathVersions {

  private PathVersions() {}

  /**
   * The version a path names. {@code latest} is the newest live version; a number may name a
   * soft-deleted version only when {@code deleted} allows it.
   */
  static VersionRow find(StoreSession session, String subject, VersionSpec spec, boolean deleted) {
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
  }}
