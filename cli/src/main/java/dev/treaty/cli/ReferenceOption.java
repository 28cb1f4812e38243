package dev.treaty.cli;

import dev.treaty.client.model.SchemaReference;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --reference name=subject:version}: the name the schema uses (Avro full name, .proto
 * import path, JSON Schema {@code $ref}) bound to a registered version ({@code latest} allowed).
 * The last ':' separates the version, so subjects may contain ':'.
 */
final class ReferenceOption implements ITypeConverter<SchemaReference> {

  @Override
  public SchemaReference convert(String value) {
    int equals = value.indexOf('=');
    int colon = value.lastIndexOf(':');
    if (equals <= 0 || colon <= equals + 1 || colon == value.length() - 1) {
      throw new TypeConversionException("Expected name=subject:version, got '" + value + "'");
    }
    String version = value.substring(colon + 1).trim();
    int number;
    if (version.equalsIgnoreCase("latest")) {
      number = -1;
    } else {
      try {
        number = Integer.parseInt(version);
      } catch (NumberFormatException e) {
        throw new TypeConversionException("The version in '" + value + "' is neither a number nor latest");
      }
    }
    return new SchemaReference(value.substring(0, equals), value.substring(equals + 1, colon), number);
  }
}
