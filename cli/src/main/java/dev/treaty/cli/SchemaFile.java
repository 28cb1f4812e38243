package dev.treaty.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A schema read from a local file. Its type comes from {@code --type}, else from the extension:
 * {@code .avsc} Avro, {@code .proto} Protobuf, {@code .json} JSON Schema.
 *
 * @param shown the path as the user typed it, for messages and annotations
 */
record SchemaFile(String shown, String type, String text) {

  static SchemaFile read(Session session, String path, String type) {
    String resolvedType = type != null ? type.trim().toUpperCase(Locale.ROOT) : typeOf(path);
    if (!resolvedType.matches("AVRO|PROTOBUF|JSON")) {
      throw new InputException("Unknown schema type '" + type + "'; use AVRO, PROTOBUF or JSON");
    }
    return new SchemaFile(path, resolvedType, text(session, path));
  }

  /** The text of a file as the user named it, with one-line errors for the usual problems. */
  static String text(Session session, String path) {
    Path file = session.resolve(path);
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new InputException("No such file: " + path, e);
    } catch (MalformedInputException e) {
      throw new InputException(path + " is not UTF-8 text", e);
    } catch (IOException e) {
      throw new InputException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  static String typeOf(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    if (name.endsWith(".avsc")) {
      return "AVRO";
    }
    if (name.endsWith(".proto")) {
      return "PROTOBUF";
    }
    if (name.endsWith(".json")) {
      return "JSON";
    }
    throw new InputException(
        "Cannot tell the schema type of " + path + " from its extension (.avsc, .proto, .json); use --type");
  }

  static String extensionOf(String type) {
    return switch (type == null ? "AVRO" : type) {
      case "PROTOBUF" -> ".proto";
      case "JSON" -> ".json";
      default -> ".avsc";
    };
  }
}
