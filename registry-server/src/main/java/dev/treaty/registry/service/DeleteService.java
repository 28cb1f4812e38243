package dev.treaty.registry.service;

import dev.treaty.registry.store.EventRow;
import dev.treaty.registry.store.SchemaStore;
import dev.treaty.registry.store.VersionRow;
import java.util.List;

/**
 * Deleting subjects and versions with Confluent's preconditions: a hard delete needs a soft delete
 * first, a soft delete may not repeat, and the registry must be writable.
 */
public final class DeleteService {

  private final SchemaStore store;
  private final ModeService modes;
  private final Deletions deletions;

  DeleteService(SchemaStore store, ModeService modes, Deletions deletions) {
    this.store = store;
    this.modes = modes;
    this.deletions = deletions;
  }

  /**
   * {@code DELETE /contexts/{context}}, as Confluent has it: only a context whose subjects were all
   * deleted permanently (a soft-deleted one still holds it) may go, and the default context never.
   * What is left of it, its own config and mode, goes with it. Treaty keeps no record of a context
   * apart from what is in it, so deleting one that is already empty (or was never used) succeeds
   * too, where Confluent would answer 404 for one it never saw.
   *
   * @param context {@code .name} or {@code name}
   */
  public void deleteContext(String context, String actor) {
    String qualifier = Contexts.qualifier(context);
    if (qualifier == null || qualifier.equals(RegistryMode.GLOBAL_CONTEXT)) {
      throw new RegistryException(ErrorCode.OPERATION_NOT_PERMITTED,
          "Only a named context can be deleted; '" + context + "' is the default context, the global one or no context");
    }
    store.inTransaction(session -> {
      boolean holdsSubjects = !session.subjectsAfter(qualifier, "", true, false, 0, 1).isEmpty();
      if (holdsSubjects) {
        throw new RegistryException(ErrorCode.OPERATION_NOT_PERMITTED, "Context '" + qualifier.substring(1,
            qualifier.length() - 1) + "' is not empty: delete its subjects permanently first");
      }
      var config = session.config(qualifier);
      var mode = session.mode(qualifier);
      modes.requireWritable(session, qualifier);
      if (config.isPresent()) {
        session.deleteConfig(qualifier);
        session.append(EventRow.of("CONFIG_DELETED", qualifier, null, null, actor));
      }
      if (mode.isPresent()) {
        session.deleteMode(qualifier);
        session.append(EventRow.of("MODE_DELETED", qualifier, null, null, actor));
      }
      return null;
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
      VersionRow row = PathVersions.find(session, subject, spec, true);
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
  }}
