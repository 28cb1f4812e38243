package dev.treaty.registry.service;

import dev.treaty.client.model.Mode;
import dev.treaty.registry.store.EventRow;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.VersionRow;
import java.util.List;
import java.util.Optional;

/** Global and per-subject modes, read from the database on every use so that nodes agree. */
public final class ModeService {

  private final SchemaStore store;
  private final Deletions deletions;

  ModeService(SchemaStore store, Deletions deletions) {
    this.store = store;
    this.deletions = deletions;
  }

  public Mode get(String subject, boolean defaultToGlobal) {
    return store.inTransaction(session -> {
      if (subject == null) {
        return new Mode(session.mode(ConfigService.GLOBAL).orElse(RegistryMode.READWRITE.name()));
      }
      Optional<String> own = session.mode(subject);
      if (own.isEmpty() && !defaultToGlobal) {
        throw new RegistryException(
            ErrorCode.SUBJECT_MODE_NOT_FOUND, "Subject '" + subject + "' does not have subject-level mode configured");
      }
      return new Mode(own.orElseGet(() -> session.mode(ConfigService.GLOBAL).orElse(RegistryMode.READWRITE.name())));
    });
  }

  /** Sets a mode and answers with the request as sent. */
  public Mode put(String subject, Mode request, boolean force, String actor) {
    RegistryMode mode = RegistryMode.parse(request == null ? null : request.mode());
    if (subject != null) {
      SubjectNames.requireValid(subject);
    }
    String scope = subject == null ? ConfigService.GLOBAL : subject;
    store.inTransaction(session -> {
      if (mode == RegistryMode.IMPORT && !force && effective(session, subject) != RegistryMode.IMPORT) {
        prepareImport(session, subject, actor);
      }
      String previous = session.mode(scope).orElse(null);
      session.putMode(scope, mode.name());
      session.append(EventRow.of("MODE_CHANGED", subject, null, null, actor,
          Changes.json(Changes.of("mode", previous, mode.name()))));
      return null;
    });
    return request;
  }

  public Mode delete(String subject, String actor) {
    String scope = subject == null ? ConfigService.GLOBAL : subject;
    return store.inTransaction(session -> {
      Optional<String> previous = session.mode(scope);
      if (previous.isEmpty() && subject != null) {
        throw RegistryException.subjectNotFound(subject);
      }
      session.deleteMode(scope);
      session.append(EventRow.of("MODE_DELETED", subject, null, null, actor,
          Changes.json(Changes.of("mode", previous.orElse(null), null))));
      return new Mode(previous.orElse(null));
    });
  }

  /** The mode that applies to {@code subject} (or globally when {@code null}). */
  RegistryMode effective(StoreSession session, String subject) {
    RegistryMode global = session.mode(ConfigService.GLOBAL).map(RegistryMode::parse).orElse(RegistryMode.READWRITE);
    if (global == RegistryMode.READONLY_OVERRIDE || subject == null) {
      return global;
    }
    return session.mode(subject).map(RegistryMode::parse).orElse(global);
  }

  /** @throws RegistryException 42205 when {@code subject} (or the registry) is read-only */
  void requireWritable(StoreSession session, String subject) {
    if (effective(session, subject).isReadOnly()) {
      throw RegistryException.notPermitted(
          "Subject " + (subject == null ? "" : subject + " ") + "is in read-only mode");
    }
  }

  // Confluent refuses IMPORT while live schemas exist, and first clears soft-deleted ones so
  // that imported ids and versions cannot collide with them.
  private void prepareImport(StoreSession session, String subject, String actor) {
    List<VersionRow> inScope = subject == null ? session.allVersions() : session.versions(subject);
    if (inScope.stream().anyMatch(row -> !row.deleted())) {
      throw RegistryException.notPermitted("Cannot import since found existing subjects");
    }
    deletions.removePermanently(session, inScope.stream().filter(VersionRow::deleted).toList(), actor);
  }
}
