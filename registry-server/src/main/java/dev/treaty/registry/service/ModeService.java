package dev.treaty.registry.service;

import static dev.treaty.registry.service.RegistryMode.GLOBAL_CONTEXT;

import dev.treaty.client.model.Mode;
import dev.treaty.registry.store.EventRow;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.StoreSession;
import dev.treaty.registry.store.VersionRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Global and per-subject modes, read from the database on every use so that nodes agree. Scopes,
 * as Confluent looks them up: the subject, then its context's mode ({@code /mode/:.ctx:}) for a
 * qualified subject or the global mode ({@code /mode}) for one in the default context, then the
 * global context's ({@code /mode/:.__GLOBAL:}), then READWRITE.
 */
public final class ModeService {

  private final SchemaStore store;
  private final Deletions deletions;

  ModeService(SchemaStore store, Deletions deletions) {
    this.store = store;
    this.deletions = deletions;
  }

  public Mode get(String subject, boolean defaultToGlobal) {
    return store.inTransaction(session -> {
      if (registryWide(subject)) {
        Optional<String> own = session.mode(scope(subject));
        if (own.isEmpty() && defaultToGlobal && subject == null) {
          own = session.mode(GLOBAL_CONTEXT);
        }
        return new Mode(own.orElse(RegistryMode.READWRITE.name()));
      }
      Optional<String> own = session.mode(subject);
      if (own.isEmpty() && !defaultToGlobal) {
        throw new RegistryException(
            ErrorCode.SUBJECT_MODE_NOT_FOUND, "Subject '" + subject + "' does not have subject-level mode configured");
      }
      return new Mode(own.orElseGet(() -> inherited(session, subject).name()));
    });
  }

  /** Sets a mode and answers with the request as sent. */
  public Mode put(String subject, Mode request, boolean force, String actor) {
    RegistryMode mode = RegistryMode.parse(request == null ? null : request.mode());
    // Confluent compares the request's exact text, so "forward" slips past its check; not here.
    if (mode == RegistryMode.FORWARD && !GLOBAL_CONTEXT.equals(subject)) {
      throw new RegistryException(ErrorCode.INVALID_MODE, "Forward mode only supported on global level");
    }
    if (!registryWide(subject)) {
      SubjectNames.requireValid(subject);
    }
    store.inTransaction(session -> {
      if (mode == RegistryMode.IMPORT && !force && effective(session, subject) != RegistryMode.IMPORT) {
        prepareImport(session, registryWide(subject) ? null : subject, actor);
      }
      String previous = session.mode(scope(subject)).orElse(null);
      session.putMode(scope(subject), mode.name());
      session.append(EventRow.of("MODE_CHANGED", subject, null, null, actor,
          Changes.json(Changes.of("mode", previous, mode.name()))));
      return null;
    });
    return request;
  }

  /**
   * Removes a mode and answers with the one removed. {@code recursive} on the global mode also
   * removes the own mode of every subject in the default context, and on a context
   * ({@code :.ctx:}) that of every subject in it (the global context's stays: it is above them);
   * on a subject it only means that a subject without a mode of its own is no error.
   */
  public Mode delete(String subject, boolean recursive, String actor) {
    return store.inTransaction(session -> {
      Optional<String> previous = session.mode(scope(subject));
      if (previous.isEmpty() && !registryWide(subject) && !recursive) {
        throw RegistryException.subjectNotFound(subject);
      }
      session.deleteMode(scope(subject));
      session.append(EventRow.of("MODE_DELETED", subject, null, null, actor,
          Changes.json(Changes.of("mode", previous.orElse(null), null))));
      if (recursive && (subject == null || Contexts.isContext(subject))) {
        String context = subject == null ? null : subject;
        for (String scope : session.modeScopes()) {
          if (!registryWide(scope) && !scope.equals(subject) && java.util.Objects.equals(Contexts.of(scope), context)) {
            String removed = session.mode(scope).orElse(null);
            session.deleteMode(scope);
            session.append(EventRow.of("MODE_DELETED", scope, null, null, actor,
                Changes.json(Changes.of("mode", removed, null))));
          }
        }
      }
      // The global scopes always have a mode (READWRITE by default), so that is what went.
      return new Mode(previous.orElse(registryWide(subject) ? RegistryMode.READWRITE.name() : null));
    });
  }

  /** The mode that applies to {@code subject} (or globally when {@code null}). */
  RegistryMode effective(StoreSession session, String subject) {
    boolean named = subject != null && !registryWide(subject);
    List<String> scopes = new ArrayList<>(inheritedScopes(subject));
    scopes.add(ConfigService.GLOBAL);
    if (named) {
      scopes.add(subject);
    }
    // One statement for every scope that can decide, as registration asks on each write.
    Map<String, String> modes = session.modes(scopes.stream().distinct().toList());
    Optional<RegistryMode> global = mode(modes, ConfigService.GLOBAL);
    if (global.isPresent() && global.get() == RegistryMode.READONLY_OVERRIDE) {
      return global.get(); // deprecated, but while set it makes every subject read-only
    }
    if (named) {
      Optional<RegistryMode> own = mode(modes, subject);
      if (own.isPresent()) {
        return own.get();
      }
    }
    return inherited(modes, subject);
  }

  // What a subject without a mode of its own gets: its context's, else the global context's.
  private static RegistryMode inherited(StoreSession session, String subject) {
    return inherited(session.modes(inheritedScopes(subject)), subject);
  }

  private static RegistryMode inherited(Map<String, String> modes, String subject) {
    List<String> scopes = inheritedScopes(subject);
    for (String scope : scopes) {
      Optional<RegistryMode> mode = mode(modes, scope);
      if (mode.isPresent()) {
        return mode.get();
      }
    }
    return RegistryMode.READWRITE;
  }

  // The scopes above a subject, nearest first: its context (the global one for the default
  // context) unless the subject is that context, then the global context.
  private static List<String> inheritedScopes(String subject) {
    String context = registryWide(subject) ? null : Contexts.of(subject);
    String scope = context == null ? ConfigService.GLOBAL : context;
    return scope.equals(subject) ? List.of(GLOBAL_CONTEXT) : List.of(scope, GLOBAL_CONTEXT);
  }

  private static Optional<RegistryMode> mode(Map<String, String> modes, String scope) {
    return Optional.ofNullable(modes.get(scope)).map(RegistryMode::parse);
  }

  /** @throws RegistryException 42205 when {@code subject} (or the registry) is read-only */
  void requireWritable(StoreSession session, String subject) {
    if (effective(session, subject).isReadOnly()) {
      throw RegistryException.notPermitted(
          "Subject " + (subject == null ? "" : subject + " ") + "is in read-only mode");
    }
  }

  /** The global mode and the global context's mode are not subjects' modes. */
  private static boolean registryWide(String subject) {
    return subject == null || subject.equals(ConfigService.GLOBAL) || subject.equals(GLOBAL_CONTEXT);
  }

  private static String scope(String subject) {
    return subject == null ? ConfigService.GLOBAL : subject;
  }

  // Confluent refuses IMPORT while live schemas exist, and first clears soft-deleted ones so
  // that imported ids and versions cannot collide with them.
  private void prepareImport(StoreSession session, String subject, String actor) {
    List<VersionRow> inScope = subject == null ? session.allVersions()
        : Contexts.isContext(subject)
            ? session.allVersions().stream().filter(row -> row.subject().startsWith(subject)).toList()
            : session.versions(subject);
    if (inScope.stream().anyMatch(row -> !row.deleted())) {
      throw RegistryException.notPermitted("Cannot import since found existing subjects");
    }
    deletions.removePermanently(session, inScope.stream().filter(VersionRow::deleted).toList(), actor);
  }
}
