package dev.treaty.compatibility.avro;

import java.util.ArrayList;
import dev.treaty.compatibility.internal.SampleDice;
import dev.treaty.compatibility.SampleRequest;
import dev.treaty.compatibility.internal.JsonErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.Edit;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.compatibility.SchemaPath;
import java.util.List;

/**
 * The AVRO format: Apache Avro's parser, and Avro's own {@code SchemaCompatibility} as the judge.
 * References are Avro schemas whose named types the schema uses by name.
 */
public final class AvroFormat implements SchemaFormat {

  private static final ObjectMapper PAYLOADS =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Override
  public String name() {
    return "AVRO";
  }

  @Override
  public AvroSchema parse(String text, List<ResolvedReference> references) {
    return AvroParser.parse(text, references, false);
  }

  @Override
  public List<Finding> check(ParsedSchema reader, ParsedSchema writer, Edit edit, CheckOptions options) {
    return AvroCompatibility.check(avro(reader).schema(), avro(writer).schema(), options.safeChanges(), edit).stream()
        .sorted(Finding.ORDER)
        .toList();
  }

  @Override
  public List<Rule> rules() {
    return AvroRules.ALL;
  }

  @Override
  public List<Finding> validate(ParsedSchema schema, String payloadJson) {
    JsonNode datum;
    try {
      datum = PAYLOADS.readTree(payloadJson);
    } catch (JsonProcessingException e) {
      return List.of(
          Finding.breaking(
              AvroRules.PAYLOAD_MALFORMED.id(),
              SchemaPath.ROOT,
              "the example is not valid JSON: " + JsonErrors.describe(e)));
    }
    if (datum == null || datum.isMissingNode()) {
      return List.of(Finding.breaking(AvroRules.PAYLOAD_MALFORMED.id(), SchemaPath.ROOT, "the example is empty"));
    }
    return DatumValidator.validate(avro(schema).schema(), datum).stream().sorted(Finding.ORDER).toList();
  }

  private static AvroSchema avro(ParsedSchema schema) {
    if (schema instanceof AvroSchema avro) {
      return avro;
    }
    throw new IllegalArgumentException("Not an Avro schema: " + schema.format().name());
  }

  @Override
  public List<String> samples(ParsedSchema schema, SampleRequest request) {
    List<String> samples = new ArrayList<>();
    for (int i = 0; i < request.count(); i++) {
      samples.add(AvroSamples.sample(avro(schema).schema(), new SampleDice(request.seed(), i)));
    }
    return List.copyOf(samples);
  }
}
