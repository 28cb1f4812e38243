package dev.treaty.registry.service;

import dev.treaty.registry.store.StoreSession;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of lint rule sets and of the findings recorded on versions, run in the caller's
 * transaction (tables of {@code V5__governance.sql}).
 */
final class GovernanceSql {

  private GovernanceSql() {}

  static Optional<String> ruleSet(StoreSession session, String name) {
    return session.inSameTransaction(handle -> handle.createQuery("select body from lint_rule_sets where name = :name")
        .bind("name", name).mapTo(String.class).findOne());
  }

  static List<String> ruleSetNames(StoreSession session) {
    return session.inSameTransaction(handle -> handle.createQuery("select name from lint_rule_sets order by name")
        .mapTo(String.class).list());
  }

  static void putRuleSet(StoreSession session, String name, String body) {
    session.inSameTransaction(handle -> {
      handle.createUpdate("delete from lint_rule_sets where name = :name").bind("name", name).execute();
      return handle.createUpdate("insert into lint_rule_sets (name, body, updated_at) values (:name, :body, :at)")
          .bind("name", name).bind("body", body).bind("at", System.currentTimeMillis()).execute();
    });
  }

  static boolean deleteRuleSet(StoreSession session, String name) {
    return session.inSameTransaction(handle ->
        handle.createUpdate("delete from lint_rule_sets where name = :name").bind("name", name).execute() > 0);
  }

  static void recordFindings(StoreSession session, String subject, int version, String findingsJson) {
    session.inSameTransaction(handle -> handle.createUpdate(
            "insert into version_lint (subject, version, findings) values (:subject, :version, :findings)")
        .bind("subject", subject).bind("version", version).bind("findings", findingsJson).execute());
  }

  /** Each version of the subject that has recorded findings, with them as a JSON array. */
  static java.util.Map<Integer, String> findings(StoreSession session, String subject) {
    return session.inSameTransaction(handle -> {
      java.util.Map<Integer, String> byVersion = new java.util.TreeMap<>();
      handle.createQuery("select version, findings from version_lint where subject = :subject")
          .bind("subject", subject)
          .map((rs, ctx) -> java.util.Map.entry(rs.getInt("version"), rs.getString("findings")))
          .forEach(entry -> byVersion.put(entry.getKey(), entry.getValue()));
      return byVersion;
    });
  }

  /** Subjects with at least one version that has recorded findings. */
  static java.util.Set<String> subjectsWithFindings(StoreSession session) {
    return session.inSameTransaction(handle -> new java.util.TreeSet<>(
        handle.createQuery("select distinct subject from version_lint").mapTo(String.class).list()));
  }
}
