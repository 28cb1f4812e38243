package dev.treaty.maven;

import java.io.File;
import java.util.List;
import java.util.Locale;

/**
 * One entry of the {@code subjects} parameter, read: the subject, its file, its schema type and
 * text, and the references configured for it.
 */
record SubjectSchema(String subject, File file, String type, String text, List<Reference> references) {

  SubjectSchema {
    references = references == null ? List.of() : List.copyOf(references);
  }

  /** The type named in {@code schemaTypes}, else the one the file extension implies, else AVRO. */
  static String typeOf(String configured, File file) {
    if (configured != null && !configured.isBlank()) {
      return configured.trim().toUpperCase(Locale.ROOT);
    }
    String name = file.getName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".proto")) {
      return "PROTOBUF";
    }
    if (name.endsWith(".json")) {
      return "JSON";
    }
    return "AVRO";
  }

  /** The usual file extension for a schema type, as Confluent's download goal picks it. */
  static String extensionOf(String type) {
    return switch (type == null ? "AVRO" : type.toUpperCase(Locale.ROOT)) {
      case "AVRO" -> ".avsc";
      case "PROTOBUF" -> ".proto";
      case "JSON" -> ".schema.json";
      default -> ".txt";
    };
  }
}
