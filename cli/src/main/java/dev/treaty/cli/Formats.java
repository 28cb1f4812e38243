package dev.treaty.cli;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormat;
import java.util.List;

/** Parses schema text locally with the session's formats. */
final class Formats {

  private Formats() {}

  static ParsedSchema parse(Session session, String type, String text, List<ResolvedReference> references) {
    String wanted = type == null ? "AVRO" : type;
    for (SchemaFormat format : session.formats()) {
      if (format.name().equals(wanted)) {
        return format.parse(text, references);
      }
    }
    throw new InputException("Schema type " + wanted + " is not supported here");
  }
}
