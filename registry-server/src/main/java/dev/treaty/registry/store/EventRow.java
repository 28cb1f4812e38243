package dev.treaty.registry.store;

/**
 * One entry of the append-only events table. {@code id} is 0 until stored; {@code detail} is a
 * JSON object of strings for what the other columns cannot say (contracts: application, version,
 * environment; changes: {@code old.<field>} and {@code new.<field>}), or {@code null}.
 * {@code application} and {@code environment} repeat the detail's, as columns the audit trail
 * filters on.
 */
public record EventRow(
    long id, long createdAt, String type, String subject, Integer version, Integer schemaId, String actor,
    String detail, String application, String environment) {

  public static EventRow of(String type, String subject, Integer version, Integer schemaId, String actor) {
    return of(type, subject, version, schemaId, actor, null);
  }

  public static EventRow of(
      String type, String subject, Integer version, Integer schemaId, String actor, String detail) {
    return new EventRow(0, System.currentTimeMillis(), type, subject, version, schemaId, actor, detail, null, null);
  }

  /** This event, naming the application and environment it concerns (either may be null). */
  public EventRow concerning(String application, String environment) {
    return new EventRow(id, createdAt, type, subject, version, schemaId, actor, detail, application, environment);
  }
}
