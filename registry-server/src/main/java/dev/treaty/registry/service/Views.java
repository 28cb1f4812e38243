package dev.treaty.registry.service;

import dev.treaty.client.model.Schema;
import dev.treaty.client.model.SchemaString;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.VersionRow;

/** Stored rows as the wire records the API answers with. */
final class Views {

  private Views() {}

  /** {@code id} is the schema's id in the version's context (see {@link ContextIds}). */
  static Schema schema(VersionRow version, SchemaRow row, int id) {
    return new Schema(
        version.subject(),
        version.version(),
        id,
        row.guid(),
        row.schemaType(),
        row.references(),
        Json.read(row.metadataJson()),
        Json.read(row.ruleSetJson()),
        row.text(),
        version.createdAt(),
        version.deleted());
  }

  static SchemaString schemaString(SchemaRow row, VersionRow version, Integer maxId) {
    return new SchemaString(
        version == null ? null : version.subject(),
        version == null ? null : version.version(),
        row.guid(),
        row.schemaType(),
        row.text(),
        row.references(),
        Json.read(row.metadataJson()),
        Json.read(row.ruleSetJson()),
        maxId);
  }
}
