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
   * Parses a schema the registry stored earlier. Validity checks added since it was stored (a
   * Protobuf rule protoc enforces, a JSON Schema meta-schema) are skipped, so that a registry
   * upgraded in place still reads, serves and compares what it holds; only text that no longer
   * parses at all is refused.
   */
  default ParsedSchema parseStored(String text, List<ResolvedReference> references) {
    return parse(text, references);
  }

  /**
   * Judges one direction: can a consumer using {@code reader} read what a producer using
   * {@code writer} wrote? Returns every change found, breaking or safe, each worded through
   * {@code edit} as the edit the user made (so a FORWARD check, where the writer is the proposed
   * schema, never reads as the change undone); the findings carry no direction, version or remedy
   * yet ({@link CompatibilityChecker} adds them).
   */
  List<Finding> check(ParsedSchema reader, ParsedSchema writer, Edit edit, CheckOptions options);

  /** {@link #check(ParsedSchema, ParsedSchema, Edit, CheckOptions)} with the reader as the later schema. */
  default List<Finding> check(ParsedSchema reader, ParsedSchema writer, CheckOptions options) {
    return check(reader, writer, Edit.READER_IS_LATER, options);
  }

  /** Every rule id this format can report, with its purpose. */
  List<Rule> rules();

  /**
   * Validates an example message given as JSON text (for Avro the JSON encoding of the datum, for
   * Protobuf the canonical JSON mapping) against a schema. An empty list means valid.
   */
  List<Finding> validate(ParsedSchema schema, String payloadJson);

  /**
   * What keeps a consumer on {@code reader} from reading {@code payloadJson} written under
   * {@code writer}, as such a reader really reads it: by default every problem {@link #validate}
   * finds under the writer's schema. A format whose readers tolerate more says so (JSON Schema: a
   * property the reader's schema does not declare, on an object it leaves open).
   */
  default List<Finding> validateAsRead(ParsedSchema writer, ParsedSchema reader, String payloadJson) {
    return validate(writer, payloadJson);
  }

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
