package dev.treaty.compatibility.protobuf;

import java.util.ArrayList;
import dev.treaty.compatibility.internal.SampleDice;
import dev.treaty.compatibility.SampleRequest;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.Edit;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.compatibility.protobuf.internal.ProtobufRules;
import dev.treaty.compatibility.protobuf.internal.SchemaWalker;
import java.util.List;

/**
 * The PROTOBUF format: .proto text (proto2 and proto3) parsed with Square Wire, judged by
 * Confluent's rules (default) or buf's WIRE / WIRE_JSON categories, as
 * {@link CheckOptions#protobufRules()} says.
 *
 * <p>Schema text may also be a base64 {@code FileDescriptorProto}, as Confluent accepts.
 *
 * <p>Direction: {@code check(reader, writer)} treats the writer as the previous schema and the
 * reader as the current one, so BACKWARD is Confluent's {@code new.isBackwardCompatible(old)} and
 * {@code buf breaking} with the new file against the old one.
 */
public final class ProtobufFormat implements SchemaFormat {

  @Override
  public String name() {
    return "PROTOBUF";
  }

  @Override
  public ProtobufSchema parse(String text, List<ResolvedReference> references) {
    if (text == null || text.isBlank()) {
      throw new InvalidSchemaException("A Protobuf schema cannot be empty");
    }
    return new ProtobufSchema(text, protoText(text), references, false, true);
  }

  @Override
  public ProtobufSchema parseStored(String text, List<ResolvedReference> references) {
    return new ProtobufSchema(text, protoText(text), references, false, false);
  }

  /**
   * The .proto text of a schema given as text or as a base64 descriptor. Text that only looks
   * like base64 (a lone word, say) is parsed as .proto text, whose error says more.
   */
  private static String protoText(String text) {
    if (ProtobufDescriptors.isBase64Descriptor(text)) {
      try {
        return ProtobufDescriptors.toProtoText(text);
      } catch (InvalidSchemaException notADescriptor) {
        return text;
      }
    }
    return text;
  }

  @Override
  public List<Finding> check(ParsedSchema reader, ParsedSchema writer, Edit edit, CheckOptions options) {
    return SchemaWalker.walk(
        ((ProtobufSchema) writer).linked(), ((ProtobufSchema) reader).linked(), ProtobufRules.of(options.protobufRules()), edit);
  }

  @Override
  public List<Rule> rules() {
    return ProtobufRules.catalogue();
  }

  /** Validates JSON against the schema's first top-level message; see {@link #validate(ParsedSchema, String, String)}. */
  @Override
  public List<Finding> validate(ParsedSchema schema, String payloadJson) {
    return validate(schema, payloadJson, null);
  }

  /**
   * Validates an example message in Protobuf's canonical JSON mapping against the message named
   * {@code messageFullName} (e.g. {@code shop.Order}), or the file's first top-level message when
   * it is {@code null}.
   */
  public List<Finding> validate(ParsedSchema schema, String payloadJson, String messageFullName) {
    return PayloadValidator.validate(((ProtobufSchema) schema).linked(), payloadJson, messageFullName);
  }

  /** The rule set behind an option value, for callers that list rules per set. */
  public static List<Rule> rulesOf(ProtobufRuleSet set) {
    return ProtobufRules.of(set).rules().stream().map(rule -> rule.rule()).toList();
  }

  @Override
  public List<String> samples(ParsedSchema schema, SampleRequest request) {
    com.google.protobuf.Descriptors.Descriptor message = ProtobufSamples.message((ProtobufSchema) schema, request.message());
    List<String> samples = new ArrayList<>();
    for (int i = 0; i < request.count(); i++) {
      samples.add(ProtobufSamples.sample(message, new SampleDice(request.seed(), i)));
    }
    return List.copyOf(samples);
  }
}
