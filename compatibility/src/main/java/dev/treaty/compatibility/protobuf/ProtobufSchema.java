package dev.treaty.compatibility.protobuf;

import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.internal.Fingerprints;
import dev.treaty.compatibility.protobuf.internal.Editions;
import dev.treaty.compatibility.protobuf.internal.LinkedSchema;
import dev.treaty.compatibility.protobuf.internal.NormalizedPrinter;
import java.util.List;
import java.util.Map;

/**
 * A parsed and linked .proto file. {@link #canonical()} is the text re-printed from Wire's parse
 * tree (comments and layout gone, declaration order kept), as Confluent stores it.
 */
public final class ProtobufSchema implements ParsedSchema {

  /** The file name used in locations ({@code schema.proto:12:3}) for the schema's own text. */
  public static final String FILE_NAME = "schema.proto";

  private final String text;
  private final List<ResolvedReference> references;
  private final LinkedSchema linked;
  private final String canonical;
  private final boolean isNormalized;
  private final boolean validated;

  /**
   * @param text the schema as given
   * @param source the .proto text to parse: {@code text} itself, or its conversion when it is a
   *     base64 descriptor
   * @param validated whether protoc's checks run (not for schemas stored before they existed)
   */
  ProtobufSchema(String text, String source, List<ResolvedReference> references, boolean isNormalized, boolean validated) {
    this.validated = validated;
    this.text = text;
    this.references = List.copyOf(references);
    List<ResolvedReference> asProtoText = this.references.stream()
        .map(reference -> ProtobufDescriptors.isBase64Descriptor(reference.text())
            ? new ResolvedReference(reference.name(), ProtobufDescriptors.toProtoText(reference.text()))
            : reference)
        .toList();
    this.linked = LinkedSchema.link(FILE_NAME, source, asProtoText, validated);
    this.canonical = editionRestored(withoutWireHeader(linked.element().toSchema()), linked.file().edition());
    this.isNormalized = isNormalized;
  }

  @Override
  public SchemaFormat format() {
    return SchemaFormats.PROTOBUF;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public String canonical() {
    return canonical;
  }

  @Override
  public ParsedSchema normalized() {
    if (isNormalized) {
      return this;
    }
    String normalizedText = NormalizedPrinter.print(linked);
    return new ProtobufSchema(normalizedText, normalizedText, references, true, validated);
  }

  @Override
  public String fingerprint() {
    return Fingerprints.sha256(canonical, references);
  }

  @Override
  public List<ResolvedReference> references() {
    return references;
  }

  /** Wire's parse tree of the schema's own file. */
  public ProtoFileElement fileElement() {
    return linked.element();
  }

  /** Wire's parse trees of every imported file, by import path (well-known files included). */
  public Map<String, ProtoFileElement> importedFileElements() {
    return linked.importedElements();
  }

  /**
   * The message-index path of a message of this file, by full name (see {@link MessageIndexes});
   * a file that only re-exports others with {@code import public} indexes the re-exported messages.
   */
  public List<Integer> messageIndexes(String fullName) {
    return MessageIndexes.pathOf(linked.indexedFile(), fullName);
  }

  /** The full name of the message at a message-index path; an empty path means {@code [0]}. */
  public String messageAt(List<Integer> indexes) {
    return MessageIndexes.messageAt(linked.indexedFile(), indexes);
  }

  /** Wire starts its output with a "formatted by Wire" banner naming the file; it is no part of the schema. */
  static String withoutWireHeader(String printed) {
    int start = 0;
    while (printed.startsWith("//", start)) {
      start = printed.indexOf('\n', start) + 1;
    }
    while (start < printed.length() && printed.charAt(start) == '\n') {
      start++;
    }
    return printed.substring(start);
  }

  /**
   * protobuf-java's descriptor of a message of this file, to build or parse messages with
   * ({@code null}: the first message).
   *
   * @throws dev.treaty.compatibility.InvalidSchemaException when there is no such message
   */
  public com.google.protobuf.Descriptors.Descriptor messageDescriptor(String fullName) {
    return ProtobufSamples.message(this, fullName);
  }

  /** Wire read an editions file as proto3 (see {@link Editions}); its printout says the edition again. */
  static String editionRestored(String printed, String edition) {
    String proto3 = "syntax = \"proto3\";\n";
    if (edition == null || !printed.startsWith(proto3)) {
      return printed;
    }
    return Editions.statement(edition) + printed.substring(proto3.length());
  }

  LinkedSchema linked() {
    return linked;
  }

  @Override
  public String toString() {
    return "ProtobufSchema[" + canonical.length() + " chars]";
  }
}
