package dev.treaty.compatibility;

/**
 * A schema that parsed but that no value can satisfy, such as {@code minimum} above
 * {@code maximum}, or a record that must contain itself. The message names where and why.
 */
public final class UnsatisfiableSchemaException extends InvalidSchemaException {

  public UnsatisfiableSchemaException(SchemaPath at, String reason) {
    super("No value satisfies the schema" + (at.toString().isEmpty() ? "" : " at " + at) + ": " + reason);
  }
}
