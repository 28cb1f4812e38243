package dev.treaty.registry.store;

import dev.treaty.client.model.SchemaReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link StoreSession} over one Jdbi handle inside a transaction. */
final class JdbiSession implements StoreSession {

  private final Handle handle;
  private final IdSequence ids;
  private final EventOutbox outbox;
  private final SessionSettings settings;

  JdbiSession(Handle handle, IdSequence ids, EventOutbox outbox, SettingsCache settingsCache) {
    this.handle = handle;
    this.ids = ids;
    this.outbox = outbox;
    this.settings = new SessionSettings(handle, settingsCache);
  }

  /** The key of one settings read in the {@link SettingsCache}. */
  record SettingKey(String statement, Object argument) {}

  @Override
  public void lockSubject(String subject) {
    // Most registrations go to a subject that exists: one statement then, two for a new one.
    if (handle.createQuery(Sql.named("lock-subject")).bind("subject", subject).mapTo(String.class).findOne().isEmpty()) {
      handle.createUpdate(Sql.named("insert-subject")).bind("subject", subject).execute();
      handle.createQuery(Sql.named("lock-subject")).bind("subject", subject).mapTo(String.class).one();
    }
  }

  @Override
  public List<VersionRow> versions(String subject) {
    return handle.createQuery(Sql.named("versions-of-subject")).bind("subject", subject).map(JdbiSession::version).list();
  }

  @Override
  public SubjectHead head(String subject) {
    return handle.createQuery(Sql.named("subject-head")).bind("subject", subject)
        .map((rs, ctx) -> new SubjectHead(
            rs.getInt("last_version"),
            rs.getObject("version") == null ? Optional.empty() : Optional.of(version(rs, ctx))))
        .one();
  }

  @Override
  public List<VersionRow> liveVersionsWithIdentity(String subject, String identity) {
    return handle.createQuery(Sql.named("live-versions-with-identity"))
        .bind("subject", subject).bind("identity", identity).map(JdbiSession::version).list();
  }

  @Override
  public List<VersionRow> liveVersionsWithReferences(String subject) {
    return handle.createQuery(Sql.named("live-versions-with-references"))
        .bind("subject", subject).map(JdbiSession::version).list();
  }

  @Override
  public List<VersionRow> versionsOfSchemaIn(String subject, int schemaId) {
    return handle.createQuery(Sql.named("versions-of-schema-in-subject"))
        .bind("subject", subject).bind("id", schemaId).map(JdbiSession::version).list();
  }

  @Override
  public List<VersionRow> versionsOfSchema(int schemaId) {
    return handle.createQuery(Sql.named("versions-of-schema")).bind("id", schemaId).map(JdbiSession::version).list();
  }

  @Override
  public List<VersionRow> allVersions() {
    return handle.createQuery(Sql.named("all-versions")).map(JdbiSession::version).list();
  }

  @Override
  public List<SubjectSummaryRow> subjectSummaries(SubjectListing listing) {
    return listingQuery("subject-summaries", listing)
        .bind("byUpdated", listing.byUpdated())
        .bind("limit", listing.limit())
        .bind("offset", listing.offset())
        .map((rs, ctx) -> new SubjectSummaryRow(
            rs.getString("subject"), rs.getString("schema_type"), rs.getInt("versions"), rs.getInt("latest_version"),
            rs.getInt("schema_id"), rs.getLong("updated"), rs.getInt("all_deleted") == 1))
        .list();
  }

  @Override
  public long countSubjectSummaries(SubjectListing listing) {
    return listingQuery("count-subject-summaries", listing).mapTo(Long.class).one();
  }

  private Query listingQuery(String statement, SubjectListing listing) {
    String name = listing.name() == null ? "" : listing.name();
    return handle.createQuery(Sql.named(statement))
        .bind("anyName", name.isEmpty())
        .bind("name", name)
        .bind("includeDeleted", listing.includeDeleted())
        .bind("anyFormat", listing.format() == null)
        .bind("format", listing.format() == null ? "" : listing.format());
  }

  @Override
  public List<String> subjectsAfter(
      String prefix, String after, boolean includeDeleted, boolean deletedOnly, int skip, int limit) {
    return handle.createQuery(Sql.named("subjects-after"))
        .bind("prefix", prefix)
        .bind("prefixLength", prefix.length())
        .bind("after", after)
        .bind("includeDeleted", includeDeleted)
        .bind("deletedOnly", deletedOnly)
        .bind("skip", skip)
        .bind("limit", limit)
        .mapTo(String.class)
        .list();
  }

  @Override
  public List<VersionRow> referringVersions(String subject, int version) {
    return handle.createQuery(Sql.named("referring-versions"))
        .bind("subject", subject)
        .bind("version", version)
        .map(JdbiSession::version)
        .list();
  }

  @Override
  public Optional<SchemaRow> schema(int id) {
    List<SchemaWithReference> rows = handle.createQuery(Sql.named("schema-by-id"))
        .bind("id", id)
        .map((rs, ctx) -> new SchemaWithReference(
            new SchemaRow(id, rs.getString("schema_type"), rs.getString("schema_text"), rs.getString("identity"),
                List.of(), rs.getString("metadata_json"), rs.getString("rule_set_json")),
            rs.getString("reference_name") == null ? null : new SchemaReference(
                rs.getString("reference_name"), rs.getString("reference_subject"), rs.getInt("reference_version"))))
        .list();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    SchemaRow row = rows.get(0).schema();
    List<SchemaReference> references = rows.stream().map(SchemaWithReference::reference).filter(Objects::nonNull).toList();
    return Optional.of(new SchemaRow(
        id, row.schemaType(), row.text(), row.identity(), references, row.metadataJson(), row.ruleSetJson()));
  }

  /** One row of {@code schema-by-id}: the schema, and one of its references or none. */
  private record SchemaWithReference(SchemaRow schema, SchemaReference reference) {}

  @Override
  public Optional<Integer> schemaIdByIdentity(String identity) {
    return handle.createQuery(Sql.named("schema-id-by-identity")).bind("identity", identity).mapTo(Integer.class).findOne();
  }

  @Override
  public List<Integer> schemaIdsByGuid(String guid) {
    return handle.createQuery(Sql.named("schema-ids-by-guid")).bind("guid", guid).mapTo(Integer.class).list();
  }

  @Override
  public int maxSchemaId() {
    return handle.createQuery(Sql.named("max-schema-id")).mapTo(Integer.class).one();
  }

  @Override
  public int insertSchema(Integer id, SchemaRow schema) {
    int chosen = id != null ? imported(id) : ids.next(handle);
    insertRow(chosen, schema);
    // A fresh id must be the identity's only id: when another node just gave the same schema an
    // id, this insert fails and the whole transaction is retried, finding that id instead.
    // An imported id may be a second id for a known schema, so it only claims a free identity.
    String identityInsert = id == null ? "insert-identity" : "insert-identity-if-absent";
    handle.createUpdate(Sql.named(identityInsert)).bind("identity", schema.identity()).bind("id", chosen).execute();
    return chosen;
  }

  @Override
  public int insertContextSchema(String context, Integer id, SchemaRow schema) {
    // Negative, so that no lookup in the default context (whose ids are row ids) can reach it; and
    // no schema_identities row, which is the default context's "same schema, same id".
    int row = -Math.toIntExact(handle.createQuery(Sql.named("next-context-row")).mapTo(Long.class).one());
    insertRow(row, schema);
    // The context's counter row serialises new ids of one context only; the first registration in
    // a context creates it, and two nodes creating it at once collide on its key and retry.
    // (a counter row this transaction inserts is as locked as one it selected for update).
    Optional<Integer> locked = handle.createQuery(Sql.named("lock-context-counter")).bind("context", context)
        .mapTo(Integer.class).findOne();
    if (locked.isEmpty()) {
      handle.createUpdate(Sql.named("insert-context-counter")).bind("context", context).execute();
    }
    int last = locked.orElse(0);
    int chosen = id != null ? id : last + 1;
    handle.createUpdate(Sql.named("raise-context-counter")).bind("context", context).bind("value", chosen).execute();
    handle.createUpdate(Sql.named("insert-context-id"))
        .bind("context", context).bind("id", chosen).bind("schemaId", row).execute();
    return row;
  }

  private void insertRow(int id, SchemaRow schema) {
    handle.createUpdate(Sql.named("insert-schema"))
        .bind("id", id)
        .bind("schemaType", schema.schemaType())
        .bind("text", schema.text())
        .bind("identity", schema.identity())
        .bind("guid", schema.guid())
        .bind("metadata", schema.metadataJson())
        .bind("ruleSet", schema.ruleSetJson())
        .bind("createdAt", System.currentTimeMillis())
        .execute();
    if (!schema.references().isEmpty()) {
      PreparedBatch batch = handle.prepareBatch(Sql.named("insert-reference"));
      int position = 0;
      for (SchemaReference reference : schema.references()) {
        batch.bind("id", id)
            .bind("position", position++)
            .bind("name", reference.name())
            .bind("subject", reference.subject())
            .bind("version", reference.version())
            .add();
      }
      batch.execute();
    }
  }

  @Override
  public Optional<Integer> contextSchemaId(String context, int id) {
    return handle.createQuery(Sql.named("context-schema-id")).bind("context", context).bind("id", id)
        .mapTo(Integer.class).findOne();
  }

  @Override
  public Optional<Integer> anyContextSchemaId(int id) {
    return handle.createQuery(Sql.named("any-context-schema-id")).bind("id", id).mapTo(Integer.class).findOne();
  }

  @Override
  public Optional<Integer> contextSchemaByIdentity(String context, String identity) {
    return handle.createQuery(Sql.named("context-schema-by-identity")).bind("context", context).bind("identity", identity)
        .mapTo(Integer.class).findOne();
  }

  @Override
  public Optional<Integer> contextIdOf(String context, int schemaId) {
    return handle.createQuery(Sql.named("context-id-of-schema")).bind("context", context).bind("schemaId", schemaId)
        .mapTo(Integer.class).findOne();
  }

  // Imports are rare: they serialise on the floor row, which fresh ids only read.
  private int imported(int id) {
    handle.createQuery(Sql.named("lock-import-floor")).mapTo(Long.class).one();
    handle.createUpdate(Sql.named("raise-import-floor")).bind("value", id).execute();
    ids.raiseAbove(handle, id);
    return id;
  }

  @Override
  public void insertVersion(String subject, int version, int schemaId) {
    handle.createUpdate(Sql.named("insert-version"))
        .bind("subject", subject)
        .bind("version", version)
        .bind("id", schemaId)
        .bind("createdAt", System.currentTimeMillis())
        .execute();
  }

  @Override
  public void markDeleted(String subject, int version) {
    handle.createUpdate(Sql.named("mark-deleted")).bind("subject", subject).bind("version", version).execute();
  }

  @Override
  public void removeVersion(String subject, int version) {
    handle.createUpdate(Sql.named("remove-version")).bind("subject", subject).bind("version", version).execute();
    handle.createUpdate(Sql.named("remove-gate-override")).bind("subject", subject).bind("version", version).execute();
  }

  @Override
  public void deleteSchema(int id) {
    handle.createUpdate(Sql.named("delete-references")).bind("id", id).execute();
    handle.createUpdate(Sql.named("delete-context-ids")).bind("id", id).execute();
    handle.createUpdate(Sql.named("delete-identity")).bind("id", id).execute();
    handle.createUpdate(Sql.named("delete-schema")).bind("id", id).execute();
  }

  @Override
  public Optional<String> config(String scope) {
    return settings.read(new SettingKey("config", scope),
        () -> handle.createQuery(Sql.named("config")).bind("scope", scope).mapTo(String.class).findOne());
  }

  @Override
  public Map<String, String> configs(List<String> scopes) {
    return settings.read(new SettingKey("configs-in", List.copyOf(scopes)), () -> byScope("configs-in", "body", scopes));
  }

  @Override
  public void putConfig(String scope, String json) {
    settings.changing();
    upsert("put-config", "insert-config", scope, "body", json);
  }

  @Override
  public void deleteConfig(String scope) {
    settings.changing();
    handle.createUpdate(Sql.named("delete-config")).bind("scope", scope).execute();
  }

  @Override
  public Optional<String> mode(String scope) {
    return settings.read(new SettingKey("mode", scope),
        () -> handle.createQuery(Sql.named("mode")).bind("scope", scope).mapTo(String.class).findOne());
  }

  @Override
  public Map<String, String> modes(List<String> scopes) {
    return settings.read(new SettingKey("modes-in", List.copyOf(scopes)), () -> byScope("modes-in", "mode", scopes));
  }

  private Map<String, String> byScope(String statement, String column, List<String> scopes) {
    Map<String, String> found = new HashMap<>();
    handle.createQuery(Sql.named(statement)).bindList("scopes", scopes)
        .map((rs, ctx) -> Map.entry(rs.getString("scope"), rs.getString(column)))
        .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
    return Map.copyOf(found);
  }

  @Override
  public void putMode(String scope, String mode) {
    settings.changing();
    upsert("put-mode", "insert-mode", scope, "mode", mode);
  }

  @Override
  public void deleteMode(String scope) {
    settings.changing();
    handle.createUpdate(Sql.named("delete-mode")).bind("scope", scope).execute();
  }

  @Override
  public List<String> modeScopes() {
    return handle.createQuery(Sql.named("mode-scopes")).mapTo(String.class).list();
  }

  @Override
  public long append(EventRow event) {
    long id = handle.createUpdate(Sql.named("append-event"))
        .bind("createdAt", event.createdAt())
        .bind("type", event.type())
        .bind("subject", event.subject())
        .bind("version", event.version())
        .bind("schemaId", event.schemaId())
        .bind("actor", event.actor())
        .bind("detail", event.detail())
        .bind("application", event.application())
        .bind("environment", event.environment())
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
    EventOutbox.Routing routing = outbox.route(event);
    if (!routing.queued().isEmpty() || !routing.overflowed().isEmpty()) {
      enqueue(id, routing);
    }
    return id;
  }

  // One insert per webhook that wants the event, in this transaction: committed with the event or not at all.
  private void enqueue(long eventId, EventOutbox.Routing routing) {
    long now = System.currentTimeMillis();
    for (String webhook : routing.queued()) {
      handle.createUpdate(Sql.named("insert-delivery")).bind("webhook", webhook).bind("event", eventId).bind("now", now)
          .execute();
    }
    for (String webhook : routing.overflowed()) {
      handle.createUpdate(Sql.named("record-overflow")).bind("webhook", webhook).bind("event", eventId).execute();
    }
  }

  @Override
  public List<EventRow> events(long after, int limit) {
    return handle.createQuery(Sql.named("events-after"))
        .bind("after", after)
        .bind("limit", limit)
        .map(JdbiSession::event)
        .list();
  }

  @Override
  public List<EventRow> eventsBefore(long before, EventFilter filter, int limit) {
    String column = filter.leadingColumn();
    if (column == null) {
      return handle.createQuery(Sql.named("events-before"))
          .bind("before", before)
          .bind("limit", limit)
          .map(JdbiSession::event)
          .list();
    }
    return handle.createQuery(Sql.named("events-keyed"))
        .define("column", column)
        .bind("key", filter.leadingValue())
        .bind("before", before)
        .bind("anySubject", filter.subject() == null)
        .bind("subject", filter.subject() == null ? "" : filter.subject())
        .bind("anyApplication", filter.application() == null)
        .bind("application", filter.application() == null ? "" : filter.application())
        .bind("anyEnvironment", filter.environment() == null)
        .bind("environment", filter.environment() == null ? "" : filter.environment())
        .bind("anyType", filter.type() == null)
        .bind("type", filter.type() == null ? "" : filter.type())
        .bind("anyActor", filter.actor() == null)
        .bind("actor", filter.actor() == null ? "" : filter.actor())
        .bind("limit", limit)
        .map(JdbiSession::event)
        .list();
  }

  static EventRow event(ResultSet rs, StatementContext ctx) throws SQLException {
    return new EventRow(
        rs.getLong("id"),
        rs.getLong("created_at"),
        rs.getString("type"),
        rs.getString("subject"),
        (Integer) rs.getObject("version", Integer.class),
        (Integer) rs.getObject("schema_id", Integer.class),
        rs.getString("actor"),
        rs.getString("detail"),
        rs.getString("application"),
        rs.getString("environment"));
  }

  @Override
  public long latestEventId() {
    return handle.createQuery(Sql.named("latest-event-id")).mapTo(Long.class).one();
  }

  @Override
  public ContractRecords contracts() {
    return new ContractRecords(handle, settings);
  }

  @Override
  public WebhookRecords webhooks() {
    return new WebhookRecords(handle);
  }

  @Override
  public GovernanceRecords governance() {
    return new GovernanceRecords(handle, settings);
  }

  // An update that found no row becomes an insert; two nodes inserting at once collide on the
  // primary key and the losing transaction is retried by JdbiSchemaStore.
  private void upsert(String update, String insert, String scope, String column, String value) {
    int changed = handle.createUpdate(Sql.named(update)).bind("scope", scope).bind(column, value).execute();
    if (changed == 0) {
      handle.createUpdate(Sql.named(insert)).bind("scope", scope).bind(column, value).execute();
    }
  }

  private static VersionRow version(ResultSet rs, StatementContext ctx) throws SQLException {
    return new VersionRow(
        rs.getString("subject"),
        rs.getInt("version"),
        rs.getInt("schema_id"),
        rs.getBoolean("deleted"),
        rs.getLong("created_at"));
  }
}
