package dev.treaty.registry.service;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.protobuf.ProtobufDescriptors;
import dev.treaty.compatibility.protobuf.ProtobufSchema;
import dev.treaty.registry.store.SchemaRow;
import dev.treaty.registry.store.StoreSession;
import java.util.Locale;

/**
 * Confluent's {@code format} query parameter on reads. Only Protobuf's {@code serialized} (the
 * base64 {@code FileDescriptorProto} the JavaScript and Python serdes ask for) changes the
 * answer; unknown formats are ignored, as Confluent does.
 */
final class OutputFormats {

  private final SchemaCache cache;
  private final Formats formats;
  private final ReferenceResolver resolver;

  OutputFormats(SchemaCache cache, Formats formats, ReferenceResolver resolver) {
    this.cache = cache;
    this.formats = formats;
    this.resolver = resolver;
  }

  static boolean changesAnything(String format) {
    return format != null && format.trim().toLowerCase(Locale.ROOT).equals("serialized");
  }

  SchemaRow present(StoreSession session, SchemaRow row, String format) {
    if (!changesAnything(format) || !row.schemaType().equals("PROTOBUF")) {
      return row;
    }
    ParsedSchema parsed = cache.parsed(session, row, formats, resolver);
    String base64 = ProtobufDescriptors.toBase64((ProtobufSchema) parsed);
    return new SchemaRow(row.id(), row.schemaType(), base64, row.identity(), row.references(), row.metadataJson(),
        row.ruleSetJson());
  }
}
