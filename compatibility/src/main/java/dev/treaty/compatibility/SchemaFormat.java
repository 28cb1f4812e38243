package dev.treaty.compatibility;

import java.util.List;

/**
 * One schema language (Avro, Protobuf, JSON Schema): how to parse it, how to judge one
 * reader/writer pair, which rules it may report, and how to validate a payload.
 *
 * <p>Implementations are stateless and thread-safe. They never do I/O: references arrive
 * already resolved.
 */
public interface SchemaFormat {

  /** The Confluent {@code schemaType} name: {@code AVRO}, {@code PROTOBUF} or {@code JSON}. */
  String name();

  /**
   * Parses schema text whose references are already resolved.
   *
   * @param references every schema the text depends on, directly or transitively, ordered so that
   *     each one comes after the schemas it depends on
   * @throws InvalidSchemaException when the text or one of its references is not a valid schema
   */
  ParsedSchema parse(String text, List<ResolvedReference> references);

  /**
   * Judges one direction: can a consumer using {@code reader} read what a producer using
   * {@code writer} wrote? Returns every change found, breaking or safe; the findings carry no
   * direction or version yet ({@link CompatibilityChecker} adds them).
   */
  List<Finding> check(ParsedSchema reader, ParsedSchema writer, CheckOptions options);

  /** Every rule id this format can report, with its purpose. */
  List<Rule> rules();

  /**
   * Validates an example message given as JSON text (for Avro the JSON encoding of the datum, for
   * Protobuf the canonical JSON mapping) against a schema. An empty list means valid.
   */
  List<Finding> validate(ParsedSchema schema, String payloadJson);

  /**
   * Generates {@code request.count()} valid messages, as JSON text in the encoding {@link #validate}
   * reads, deterministically from {@code request.seed()}. Together they take every alternative the
   * schema offers (union branches, oneof cases, enum symbols), null and absent optionals, empty and
   * large collections, and the bounds of numbers and lengths.
   *
   * @throws UnsatisfiableSchemaException when no value satisfies the schema
   * @throws InvalidSchemaException when the requested message does not exist
   */
  List<String> samples(ParsedSchema schema, SampleRequest request);
}
