package dev.treaty.kafka.protobuf;

import com.google.protobuf.Descriptors.FileDescriptor;
import dev.treaty.client.model.SchemaReference;
import dev.treaty.compatibility.ResolvedReference;
import dev.treaty.compatibility.protobuf.ProtobufDescriptors;
import dev.treaty.kafka.internal.RegistrySchemas;
import dev.treaty.kafka.internal.SchemaSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema a generated message registers: its whole .proto file as text, with each imported
 * file registered (or looked up) first under its import path as subject, depth first, as
 * Confluent's Protobuf serializer does. Imports of {@code google/protobuf/} are built into every
 * registry and skipped when {@code skip.known.types} is on (the default).
 */
final class ProtoFileSource {

  private final RegistrySchemas schemas;
  private final boolean autoRegister;
  private final boolean skipKnownTypes;

  ProtoFileSource(RegistrySchemas schemas, boolean autoRegister, boolean skipKnownTypes) {
    this.schemas = schemas;
    this.autoRegister = autoRegister;
    this.skipKnownTypes = skipKnownTypes;
  }

  SchemaSource of(FileDescriptor file, String messageName) {
    Map<String, String> localTexts = new LinkedHashMap<>();
    List<SchemaReference> references = referencesOf(file, localTexts);
    List<ResolvedReference> local = new ArrayList<>();
    localTexts.forEach((name, text) -> local.add(new ResolvedReference(name, text)));
    return new SchemaSource("PROTOBUF", textOf(file), references, local, messageName);
  }

  private List<SchemaReference> referencesOf(FileDescriptor file, Map<String, String> localTexts) {
    List<SchemaReference> references = new ArrayList<>();
    for (FileDescriptor dependency : file.getDependencies()) {
      String path = dependency.getName();
      if (skipKnownTypes && path.startsWith("google/protobuf/")) {
        continue;
      }
      List<SchemaReference> own = referencesOf(dependency, localTexts);
      String text = textOf(dependency);
      localTexts.putIfAbsent(path, text);
      SchemaSource source = new SchemaSource("PROTOBUF", text, own, List.of(), null);
      int version = autoRegister
          ? schemas.registerVersion(path, source.request())
          : schemas.lookupVersion(path, source.request());
      references.add(new SchemaReference(path, path, version));
    }
    return references;
  }

  static String textOf(FileDescriptor file) {
    return ProtobufDescriptors.toProtoText(file.toProto());
  }
}
