package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.registry.store.EventRow;
import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.VersionRow;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Soft and hard deletes of versions, with Confluent's reference guards: a soft delete is refused
 * while a live schema references the version, a hard delete while any schema does. References
 * from among the versions being deleted do not count.
 */
final class Deletions {

  private final SchemaCache cache;
  private final ContextIds ids;

  Deletions(SchemaCache cache, ContextIds ids) {
    this.cache = cache;
    this.ids = ids;
  }

  void softDelete(StoreSession session, List<VersionRow> rows, String actor) {
    guard(session, rows, true);
    for (VersionRow row : rows) {
      session.markDeleted(row.subject(), row.version());
      session.append(EventRow.of("VERSION_SOFT_DELETED", row.subject(), row.version(), ids.shown(session, row), actor,
          Changes.json(Changes.of("state", "live", "soft-deleted"))));
    }
  }

  void removePermanently(StoreSession session, List<VersionRow> rows, String actor) {
    guard(session, rows, false);
    Set<Integer> stored = new TreeSet<>();
    Set<String> subjects = new TreeSet<>();
    for (VersionRow row : rows) {
      session.removeVersion(row.subject(), row.version());
      session.append(EventRow.of("VERSION_DELETED", row.subject(), row.version(), ids.shown(session, row), actor,
          Changes.json(Changes.of("state", row.deleted() ? "soft-deleted" : "live", "removed"))));
      stored.add(row.schemaId());
      subjects.add(row.subject());
    }
    for (String subject : subjects) {
      if (session.versions(subject).isEmpty()) {
        forgetSettings(session, subject, actor);
      }
    }
    // The event names the stored id: other nodes evict their cached copy by it.
    for (int id : stored) {
      if (session.versionsOfSchema(id).isEmpty()) {
        session.deleteSchema(id);
        session.append(EventRow.of("SCHEMA_DELETED", null, null, id, actor));
        cache.evict(id);
      }
    }
  }

  // A subject without versions keeps no settings; the audit trail says what went with it.
  private static void forgetSettings(StoreSession session, String subject, String actor) {
    Optional<String> config = session.config(subject);
    if (config.isPresent()) {
      session.deleteConfig(subject);
      session.append(EventRow.of("CONFIG_DELETED", subject, null, null, actor, Changes.json(
          Changes.between((ObjectNode) Json.read(config.get()), Json.MAPPER.createObjectNode()))));
    }
    Optional<String> mode = session.mode(subject);
    if (mode.isPresent()) {
      session.deleteMode(subject);
      session.append(EventRow.of("MODE_DELETED", subject, null, null, actor,
          Changes.json(Changes.of("mode", mode.get(), null))));
    }
  }

  private static void guard(StoreSession session, List<VersionRow> rows, boolean liveReferrersOnly) {
    Set<String> leaving = rows.stream().map(row -> row.subject() + "\u0000" + row.version()).collect(Collectors.toSet());
    for (VersionRow row : rows) {
      boolean referenced = session.referringVersions(row.subject(), row.version()).stream()
          .filter(referrer -> !liveReferrersOnly || !referrer.deleted())
          .anyMatch(referrer -> !leaving.contains(referrer.subject() + "\u0000" + referrer.version()));
      if (referenced) {
        throw new RegistryException(
            ErrorCode.REFERENCE_EXISTS,
            "One or more references exist to the schema {subject=" + row.subject() + ", version=" + row.version() + "}");
      }
    }
  }
}
