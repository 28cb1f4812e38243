package dev.treaty.compatibility;

import dev.treaty.compatibility.avro.AvroFormat;
import dev.treaty.compatibility.json.JsonSchemaFormat;
import dev.treaty.compatibility.protobuf.ProtobufFormat;
import java.util.List;
import java.util.Locale;

/** The three formats Treaty supports, looked up by their Confluent {@code schemaType} name. */
public final class SchemaFormats {

  public static final SchemaFormat AVRO = new AvroFormat();
  public static final SchemaFormat PROTOBUF = new ProtobufFormat();
  public static final SchemaFormat JSON = new JsonSchemaFormat();

  private static final List<SchemaFormat> ALL = List.of(AVRO, PROTOBUF, JSON);

  private SchemaFormats() {}

  public static List<SchemaFormat> all() {
    return ALL;
  }

  public static List<String> names() {
    return ALL.stream().map(SchemaFormat::name).toList();
  }

  /**
   * The format with this name, case-insensitively; a missing or empty name means AVRO, as in
   * Confluent's API.
   *
   * @throws UnknownSchemaFormatException when no format has that name
   */
  public static SchemaFormat of(String name) {
    if (name == null || name.isBlank()) {
      return AVRO;
    }
    String wanted = name.trim().toUpperCase(Locale.ROOT);
    for (SchemaFormat format : ALL) {
      if (format.name().equals(wanted)) {
        return format;
      }
    }
    throw new UnknownSchemaFormatException(name);
  }
}
