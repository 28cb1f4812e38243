package dev.treaty.compatibility.avro;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Confluent's Avro {@code normalize}, written from its description: the schema is rewritten with
 * full names, a fixed attribute order, sorted aliases and custom properties, and without
 * attributes that only restate a default; then it is parsed again. Everything that has meaning
 * (docs, defaults, aliases, logical types, properties) is kept.
 */
final class AvroNormalization {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AvroNormalization() {}

  static AvroSchema normalize(AvroSchema schema) {
    Set<String> known = new HashSet<>();
    for (Schema referenced : referencedTypes(schema)) {
      known.add(referenced.getFullName());
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory(JSON).createGenerator(out)) {
      new NormalizedWriter(json, known).write(schema.schema(), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AvroParser.parse(out.toString(), schema.references(), true);
  }

  private static Iterable<Schema> referencedTypes(AvroSchema schema) {
    // Parsing the references alone gives exactly the types the main schema must name, not inline.
    Schema.Parser parser = new Schema.Parser();
    return schema.references().stream().map(reference -> parser.parse(reference.text())).toList();
  }
}
