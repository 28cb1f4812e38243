package dev.treaty.cli;

import dev.treaty.client.model.SchemaReference;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --reference name=subject:version}: the name the schema uses (Avro full name, .proto
 * import path, JSON Schema {@code $ref}) bound to a registered version ({@code latest} allowed),
 * as {@link SchemaReference#parse} reads it.
 */
final class ReferenceOption implements ITypeConverter<SchemaReference> {

  @Override
  public SchemaReference convert(String value) {
    try {
      return SchemaReference.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
