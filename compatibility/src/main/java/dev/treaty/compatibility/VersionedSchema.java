package dev.treaty.compatibility;

/** A registered version of a subject, as the level check sees it. */
public record VersionedSchema(int version, ParsedSchema schema) {}
