package dev.treaty.registry.store;

/** One stored version of a subject; {@code deleted} means soft-deleted. */
public record VersionRow(String subject, int version, int schemaId, boolean deleted, long createdAt) {}
