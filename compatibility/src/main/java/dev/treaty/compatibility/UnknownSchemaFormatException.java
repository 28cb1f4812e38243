package dev.treaty.compatibility;

/** A schema type name that is none of {@code AVRO}, {@code PROTOBUF}, {@code JSON}. */
public class UnknownSchemaFormatException extends IllegalArgumentException {
  public UnknownSchemaFormatException(String name) {
    super("Unknown schema type: " + name + "; supported types are " + SchemaFormats.names());
  }
}
