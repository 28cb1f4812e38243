package dev.treaty.registry.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * The governance tables of {@code V5__governance.sql} (lint rule sets, the lint warnings recorded
 * on versions, deprecations) inside one registry transaction, with SQL from
 * {@code GovernanceRecords/<name>.sql}; reached through {@link StoreSession#governance()}. Not
 * thread-safe: it belongs to one transaction.
 */
public final class GovernanceRecords {

  /** A stored deprecation; {@code version} is 0 for the whole subject. */
  public record DeprecationRecord(
      String subject, int version, String reason, String sunset, String replacement, long deprecatedAt) {}

  private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.removingComments();
  private static final Map<String, String> SQL = new ConcurrentHashMap<>();

  private final Handle handle;
  private final SessionSettings settings;

  GovernanceRecords(Handle handle, SessionSettings settings) {
    this.handle = handle;
    this.settings = settings;
  }

  public Optional<String> ruleSet(String name) {
    return handle.createQuery(sql("rule-set")).bind("name", name).mapTo(String.class).findOne();
  }

  public List<String> ruleSetNames() {
    return handle.createQuery(sql("rule-set-names")).mapTo(String.class).list();
  }

  /** Stores the rule set, replacing one of the same name. */
  public void putRuleSet(String name, String body) {
    handle.createUpdate(sql("delete-rule-set")).bind("name", name).execute();
    handle.createUpdate(sql("insert-rule-set"))
        .bind("name", name).bind("body", body).bind("at", System.currentTimeMillis()).execute();
  }

  /** Whether there was a rule set of that name. */
  public boolean deleteRuleSet(String name) {
    return handle.createUpdate(sql("delete-rule-set")).bind("name", name).execute() > 0;
  }

  public void recordFindings(String subject, int version, String findingsJson) {
    handle.createUpdate(sql("insert-findings"))
        .bind("subject", subject).bind("version", version).bind("findings", findingsJson).execute();
  }

  /** Each version of the subject that has recorded findings, with them as a JSON array. */
  public Map<Integer, String> findings(String subject) {
    Map<Integer, String> byVersion = new TreeMap<>();
    handle.createQuery(sql("findings-of-subject")).bind("subject", subject)
        .map((rs, ctx) -> Map.entry(rs.getInt("version"), rs.getString("findings")))
        .forEach(entry -> byVersion.put(entry.getKey(), entry.getValue()));
    return byVersion;
  }

  /** Subjects with at least one version that has recorded findings. */
  public Set<String> subjectsWithFindings() {
    return new TreeSet<>(handle.createQuery(sql("subjects-with-findings")).mapTo(String.class).list());
  }

  /** Stores the deprecation, replacing one of the same subject and version. */
  public void putDeprecation(DeprecationRecord record) {
    settings.changing();
    deleteDeprecation(record.subject(), record.version());
    handle.createUpdate(sql("insert-deprecation"))
        .bind("subject", record.subject()).bind("version", record.version()).bind("reason", record.reason())
        .bind("sunset", record.sunset()).bind("replacement", record.replacement()).bind("at", record.deprecatedAt())
        .execute();
  }

  public boolean deleteDeprecation(String subject, int version) {
    settings.changing();
    return handle.createUpdate(sql("delete-deprecation")).bind("subject", subject).bind("version", version).execute() > 0;
  }

  public Optional<DeprecationRecord> deprecation(String subject, int version) {
    return settings.read(new JdbiSession.SettingKey("deprecation", subject + "\u0000" + version),
        () -> handle.createQuery(sql("deprecation")).bind("subject", subject).bind("version", version)
            .map((rs, ctx) -> deprecation(rs)).findOne());
  }

  /** Every deprecation of the subject and its versions, the subject's own first. */
  public List<DeprecationRecord> deprecations(String subject) {
    return handle.createQuery(sql("deprecations-of-subject")).bind("subject", subject)
        .map((rs, ctx) -> deprecation(rs)).list();
  }

  /** Subjects that are deprecated, or have a deprecated version. */
  public Set<String> deprecatedSubjects() {
    return new TreeSet<>(handle.createQuery(sql("deprecated-subjects")).mapTo(String.class).list());
  }

  public List<DeprecationRecord> allDeprecations() {
    return handle.createQuery(sql("all-deprecations")).map((rs, ctx) -> deprecation(rs)).list();
  }

  private static DeprecationRecord deprecation(ResultSet rs) throws SQLException {
    return new DeprecationRecord(rs.getString("subject"), rs.getInt("version"), rs.getString("reason"),
        rs.getString("sunset"), rs.getString("replacement"), rs.getLong("deprecated_at"));
  }

  private static String sql(String name) {
    return SQL.computeIfAbsent(name, n -> LOCATOR.locate(GovernanceRecords.class, n));
  }
}
