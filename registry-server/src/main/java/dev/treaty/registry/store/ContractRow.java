package dev.treaty.registry.store;

/** A published contract as stored: the application version and its body as JSON text. */
public record ContractRow(String application, String version, long createdAt, String contractJson) {}
