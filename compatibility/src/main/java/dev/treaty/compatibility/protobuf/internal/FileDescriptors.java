package dev.treaty.compatibility.protobuf.internal;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.Edition;
import com.google.protobuf.DescriptorProtos.FeatureSet;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MessageOptions;
import com.google.protobuf.DescriptorProtos.OneofDescriptorProto;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import dev.treaty.compatibility.InvalidSchemaException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds protobuf-java descriptors from the linked model, so payloads can be parsed with
 * protobuf-java's own JSON parser. Well-known files use protobuf-java's generated descriptors,
 * which its JSON parser treats specially (Timestamp as an RFC 3339 string and so on).
 */
public final class FileDescriptors {

  private FileDescriptors() {}

  /**
   * Descriptors of the schema's file and its imports. With {@code requiredAsOptional}, proto2
   * required fields become optional: protobuf-java's JSON parser fails on the first missing
   * required field, while callers want to list them all.
   */
  public static FileDescriptor build(LinkedSchema schema, boolean requiredAsOptional) {
    Map<String, FileDescriptor> built = new LinkedHashMap<>();
    schema.importedElements().forEach((path, element) -> built.put(path, one(element, schema.imported().get(path),
        built, requiredAsOptional)));
    return one(schema.element(), schema.file(), built, requiredAsOptional);
  }

  private static FileDescriptor one(
      ProtoFileElement element, ProtoFile file, Map<String, FileDescriptor> built, boolean requiredAsOptional) {
    FileDescriptor wellKnown = WellKnownDescriptors.of(file.path());
    if (wellKnown != null) {
      return wellKnown;
    }
    List<String> imports = FileSet.importsOf(element);
    FileDescriptorProto proto = toProto(element, file);
    if (requiredAsOptional) {
      proto = RequiredFields.relaxed(proto);
    }
    try {
      return FileDescriptor.buildFrom(proto, imports.stream().map(built::get).toArray(FileDescriptor[]::new));
    } catch (DescriptorValidationException e) {
      throw new InvalidSchemaException("The schema does not form valid descriptors: " + e.getMessage(), e);
    }
  }

  /**
   * The {@code FileDescriptorProto} of a linked file, as protoc would produce it without source
   * info. Built-in options, extension ranges and extensions are kept; custom (parenthesized) options are not.
   */
  public static FileDescriptorProto toProto(ProtoFileElement element, ProtoFile file) {
    FileDescriptorProto.Builder proto = FileDescriptorProto.newBuilder()
        .setName(file.path())
        .addAllDependency(FileSet.importsOf(element));
    for (String publicImport : element.getPublicImports()) {
      proto.addPublicDependency(proto.getDependencyList().indexOf(publicImport));
    }
    if (!file.packageName().isEmpty()) {
      proto.setPackage(file.packageName());
    }
    if (file.proto3()) {
      proto.setSyntax("proto3");
    } else if (file.edition() != null) {
      proto.setSyntax("editions").setEdition(file.edition().equals("2024") ? Edition.EDITION_2024 : Edition.EDITION_2023);
    }
    file.messages().forEach(message -> proto.addMessageType(message(message, file.proto3(), file.edition() != null)));
    file.enums().forEach(type -> proto.addEnumType(enumType(type, file.edition() != null)));
    file.services().forEach(service -> proto.addService(ServiceDescriptors.toProto(service)));
    ExtensionDescriptors.apply(proto, element.getTypes(), file);
    DescriptorOptions.apply(proto, element);
    return proto.build();
  }

  private static DescriptorProto message(MessageType message, boolean proto3, boolean editions) {
    DescriptorProto.Builder proto = DescriptorProto.newBuilder().setName(message.simpleName());
    if (message.mapEntry()) {
      proto.setOptions(MessageOptions.newBuilder().setMapEntry(true));
    }
    List<String> oneofs = new ArrayList<>(message.oneofs().stream().map(OneofDef::name).toList());
    oneofs.forEach(name -> proto.addOneofDecl(OneofDescriptorProto.newBuilder().setName(name)));
    for (FieldDef field : message.fields()) {
      FieldDescriptorProto.Builder builder = Fields.toProto(field, proto3);
      if (editions) {
        EditionFields.express(field, builder);
      }
      if (field.inOneof()) {
        builder.setOneofIndex(oneofs.indexOf(field.oneof()));
      } else if (proto3 && field.label() == Label.OPTIONAL && !editions) {
        builder.setProto3Optional(true).setOneofIndex(proto.getOneofDeclCount());
        proto.addOneofDecl(OneofDescriptorProto.newBuilder().setName("_" + field.name()));
      }
      proto.addField(builder);
    }
    message.messages().forEach(nested -> proto.addNestedType(message(nested, proto3, editions)));
    for (Reserved.Range range : message.reserved().ranges()) {
      proto.addReservedRange(DescriptorProto.ReservedRange.newBuilder().setStart(range.start()).setEnd(range.end() + 1));
    }
    message.reserved().names().stream().sorted().forEach(proto::addReservedName);
    message.enums().forEach(type -> proto.addEnumType(enumType(type, editions)));
    return proto.build();
  }

  private static EnumDescriptorProto enumType(EnumType type, boolean editions) {
    EnumDescriptorProto.Builder proto = EnumDescriptorProto.newBuilder()
        .setName(type.fullName().substring(type.fullName().lastIndexOf('.') + 1));
    type.values().forEach(value -> proto.addValue(EnumValueDescriptorProto.newBuilder().setName(value.name()).setNumber(value.number())));
    if (type.values().stream().map(EnumValueDef::number).distinct().count() < type.values().size()) {
      proto.getOptionsBuilder().setAllowAlias(true);
    }
    if (editions && type.closed()) {
      proto.getOptionsBuilder().getFeaturesBuilder().setEnumType(FeatureSet.EnumType.CLOSED);
    }
    for (Reserved.Range range : type.reserved().ranges()) {
      proto.addReservedRange(EnumDescriptorProto.EnumReservedRange.newBuilder().setStart(range.start()).setEnd(range.end()));
    }
    type.reserved().names().stream().sorted().forEach(proto::addReservedName);
    return proto.build();
  }
}
