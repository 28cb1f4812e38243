package dev.treaty.registry.contracts;

import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import java.util.List;
import java.util.Locale;

/** Finds a contract schema's format by its type name and parses its text. Thread-safe. */
final class SchemaParsing {

  private final List<SchemaFormat> formats;

  SchemaParsing(List<SchemaFormat> formats) {
    this.formats = List.copyOf(formats);
  }

  /** The named format; a missing name means AVRO. @throws RegistryException 42201 for an unknown one */
  SchemaFormat format(String type) {
    String wanted = type == null || type.isBlank() ? "AVRO" : type.trim().toUpperCase(Locale.ROOT);
    return formats.stream()
        .filter(format -> format.name().equals(wanted))
        .findFirst()
        .orElseThrow(() -> new RegistryException(ErrorCode.INVALID_SCHEMA, "Invalid schema type " + type
            + "; supported types are " + formats.stream().map(SchemaFormat::name).toList()));
  }

  ParsedSchema parse(ContractSide side) {
    return parse(side.subject(), side.entry().schemaType(), side.entry().schema(), side.resolved());
  }

  /** @throws RegistryException 42201 naming the subject when the text is not a valid schema */
  ParsedSchema parse(String subject, String type, String text, List<ResolvedReference> references) {
    SchemaFormat format = format(type);
    try {
      return format.parse(text, references);
    } catch (InvalidSchemaException e) {
      String where = e.line() == null ? "" : " (line " + e.line() + (e.column() == null ? "" : ", column " + e.column()) + ")";
      throw new RegistryException(ErrorCode.INVALID_SCHEMA,
          "Invalid " + format.name() + " schema for subject " + subject + ": " + e.getMessage() + where);
    } catch (RuntimeException e) {
      throw new RegistryException(ErrorCode.INVALID_SCHEMA,
          "Invalid " + format.name() + " schema for subject " + subject + ": " + e);
    }
  }
}
