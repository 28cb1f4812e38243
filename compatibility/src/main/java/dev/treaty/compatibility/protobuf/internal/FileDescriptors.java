package dev.treaty.compatibility.protobuf.internal;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MessageOptions;
import com.google.protobuf.DescriptorProtos.OneofDescriptorProto;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
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
    schema.importedElements().forEach((path, element) -> built.put(path, one(path, schema.imported().get(path),
        FileSet.importsOf(element), built, requiredAsOptional)));
    return one(schema.file().path(), schema.file(), FileSet.importsOf(schema.element()), built, requiredAsOptional);
  }

  private static FileDescriptor one(
      String path, ProtoFile file, List<String> imports, Map<String, FileDescriptor> built, boolean requiredAsOptional) {
    FileDescriptor wellKnown = WellKnownDescriptors.of(path);
    if (wellKnown != null) {
      return wellKnown;
    }
    FileDescriptorProto proto = toProto(path, file, imports);
    if (requiredAsOptional) {
      proto = RequiredFields.relaxed(proto);
    }
    try {
      return FileDescriptor.buildFrom(proto, imports.stream().map(built::get).toArray(FileDescriptor[]::new));
    } catch (DescriptorValidationException e) {
      throw new InvalidSchemaException("The schema does not form valid descriptors: " + e.getMessage(), e);
    }
  }

  /** The {@code FileDescriptorProto} protoc would produce for the file (without options or source info). */
  public static FileDescriptorProto toProto(String path, ProtoFile file, List<String> imports) {
    FileDescriptorProto.Builder proto = FileDescriptorProto.newBuilder().setName(path).addAllDependency(imports);
    if (!file.packageName().isEmpty()) {
      proto.setPackage(file.packageName());
    }
    proto.setSyntax(file.proto3() ? "proto3" : "proto2");
    file.messages().forEach(message -> proto.addMessageType(message(message, file.proto3())));
    file.enums().forEach(type -> proto.addEnumType(enumType(type)));
    return proto.build();
  }

  private static DescriptorProto message(MessageType message, boolean proto3) {
    DescriptorProto.Builder proto = DescriptorProto.newBuilder().setName(message.simpleName());
    if (message.mapEntry()) {
      proto.setOptions(MessageOptions.newBuilder().setMapEntry(true));
    }
    List<String> oneofs = new ArrayList<>(message.oneofs().stream().map(OneofDef::name).toList());
    oneofs.forEach(name -> proto.addOneofDecl(OneofDescriptorProto.newBuilder().setName(name)));
    for (FieldDef field : message.fields()) {
      FieldDescriptorProto.Builder builder = Fields.toProto(field, proto3);
      if (field.inOneof()) {
        builder.setOneofIndex(oneofs.indexOf(field.oneof()));
      } else if (proto3 && field.label() == Label.OPTIONAL) {
        builder.setProto3Optional(true).setOneofIndex(proto.getOneofDeclCount());
        proto.addOneofDecl(OneofDescriptorProto.newBuilder().setName("_" + field.name()));
      }
      proto.addField(builder);
    }
    message.messages().forEach(nested -> proto.addNestedType(message(nested, proto3)));
    message.enums().forEach(type -> proto.addEnumType(enumType(type)));
    return proto.build();
  }

  private static EnumDescriptorProto enumType(EnumType type) {
    EnumDescriptorProto.Builder proto = EnumDescriptorProto.newBuilder()
        .setName(type.fullName().substring(type.fullName().lastIndexOf('.') + 1));
    type.values().forEach(value -> proto.addValue(EnumValueDescriptorProto.newBuilder().setName(value.name()).setNumber(value.number())));
    if (type.values().stream().map(EnumValueDef::number).distinct().count() < type.values().size()) {
      proto.getOptionsBuilder().setAllowAlias(true);
    }
    return proto.build();
  }
}
