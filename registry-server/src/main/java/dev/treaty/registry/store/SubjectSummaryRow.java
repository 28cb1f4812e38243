package dev.treaty.registry.store;

/** One subject of the web UI's list as the store sums it up; {@code allDeleted}: every version is soft-deleted. */
public record SubjectSummaryRow(
    String subject, String schemaType, int versions, int latestVersion, int latestId, long updated, boolean allDeleted) {}
