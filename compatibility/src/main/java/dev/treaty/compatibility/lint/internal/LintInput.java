package dev.treaty.compatibility.lint.internal;

import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.avro.AvroSchema;
import dev.treaty.compatibility.json.JsonSchema;
import dev.treaty.compatibility.protobuf.ProtobufDescriptors;
import dev.treaty.compatibility.protobuf.ProtobufSchema;
import java.util.Map;

/**
 * What the rules look at: the schema as an {@link EventModel}, the previous version's model (for
 * rules between versions), and for Protobuf the parse tree with its text.
 */
public record LintInput(
    String format, EventModel model, EventModel previous, ProtoFileElement protoFile,
    Map<String, ProtoFileElement> protoImports, ProtoSource protoSource) {

  /**
   * @param previous the version before, or {@code null} for a first version
   * @param fileName the name shown in .proto locations (the registry uses {@code schema.proto})
   */
  public static LintInput of(ParsedSchema schema, ParsedSchema previous, String fileName) {
    if (schema instanceof ProtobufSchema proto) {
      ProtoSource source = protoSource(proto, fileName);
      EventModel before = previous instanceof ProtobufSchema old
          ? ProtoModel.of(old.fileElement(), protoSource(old, fileName))
          : null;
      return new LintInput("PROTOBUF", ProtoModel.of(proto.fileElement(), source), before, proto.fileElement(),
          proto.importedFileElements(), source);
    }
    return new LintInput(schema.format().name(), model(schema), previous == null ? null : model(previous),
        null, Map.of(), null);
  }

  private static EventModel model(ParsedSchema schema) {
    if (schema instanceof AvroSchema avro) {
      return AvroModel.of(avro.schema());
    }
    if (schema instanceof JsonSchema json) {
      return JsonModel.of(json.document());
    }
    throw new IllegalArgumentException("Cannot lint " + schema.format().name() + " schemas");
  }

  private static ProtoSource protoSource(ProtobufSchema proto, String fileName) {
    String text = ProtobufDescriptors.isBase64Descriptor(proto.text())
        ? ProtobufDescriptors.toProtoText(proto.text())
        : proto.text();
    return new ProtoSource(fileName, text);
  }

  /** A model of the previous version of a different format is not comparable; rules skip it. */
  public EventModel comparablePrevious() {
    return previous != null && previous.format().equals(format) ? previous : null;
  }
}
