package dev.treaty.registry.service;

import dev.treaty.compatibility.SchemaFormat;
import java.util.List;
import java.util.Locale;

/** The schema formats this server accepts, by Confluent {@code schemaType} name. */
final class Formats {

  private final List<SchemaFormat> all;

  Formats(List<SchemaFormat> all) {
    this.all = List.copyOf(all);
  }

  /** The named format; a missing name means AVRO. @throws RegistryException 42201 for an unknown one */
  SchemaFormat of(String name) {
    String wanted = name == null || name.isBlank() ? "AVRO" : name.trim().toUpperCase(Locale.ROOT);
    return all.stream()
        .filter(format -> format.name().equals(wanted))
        .findFirst()
        .orElseThrow(() -> RegistryException.invalidSchema(
            "Invalid schema type " + name + "; supported types are " + names()));
  }

  List<String> names() {
    return all.stream().map(SchemaFormat::name).toList();
  }
}
