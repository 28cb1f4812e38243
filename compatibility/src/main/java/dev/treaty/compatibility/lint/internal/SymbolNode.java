package dev.treaty.compatibility.lint.internal;

/** One symbol of an enum, with its number (Protobuf) or position (Avro). */
public record SymbolNode(String name, int number, String path, String location) {}
