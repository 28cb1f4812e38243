package dev.treaty.registry.store;

/**
 * One entry of the append-only events table. {@code id} is 0 until stored; {@code detail} is a
 * JSON object of strings for what the other columns cannot say (contracts: application, version,
 * environment), or {@code null}.
 */
public record EventRow(
    long id, long createdAt, String type, String subject, Integer version, Integer schemaId, String actor,
    String detail) {

  public static EventRow of(String type, String subject, Integer version, Integer schemaId, String actor) {
    return of(type, subject, version, schemaId, actor, null);
  }

  public static EventRow of(
      String type, String subject, Integer version, Integer schemaId, String actor, String detail) {
    return new EventRow(0, System.currentTimeMillis(), type, subject, version, schemaId, actor, detail);
  }
}
