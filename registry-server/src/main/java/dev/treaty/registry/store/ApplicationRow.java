package dev.treaty.registry.store;

/** An application as stored: its name and, each possibly {@code null}, its owner and description. */
public record ApplicationRow(String name, String owner, String description) {}
