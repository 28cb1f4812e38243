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
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory(JSON).createGenerator(out)) {
      new NormalizedWriter(json, typesDefinedByReferences(schema)).write(schema.schema(), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AvroParser.parse(out.toString(), schema.references(), true);
  }

  /** Every named type the references define, nested ones too: those are written as names. */
  private static Set<String> typesDefinedByReferences(AvroSchema schema) {
    Schema.Parser parser = new Schema.Parser();
    schema.references().forEach(reference -> parser.parse(reference.text()));
    return new HashSet<>(parser.getTypes().keySet());
  }
}
