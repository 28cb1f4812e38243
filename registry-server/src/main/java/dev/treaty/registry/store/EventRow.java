package dev.treaty.registry.store;

/** One entry of the append-only events table. {@code id} is 0 until stored. */
public record EventRow(
    long id, long createdAt, String type, String subject, Integer version, Integer schemaId, String actor) {

  public static EventRow of(String type, String subject, Integer version, Integer schemaId, String actor) {
    return new EventRow(0, System.currentTimeMillis(), type, subject, version, schemaId, actor);
  }
}
