package dev.treaty.compatibility.protobuf.internal;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import java.util.Locale;

/** A model field as a {@code FieldDescriptorProto}: maps become repeated fields of their entry message. */
final class Fields {

  private Fields() {}

  static FieldDescriptorProto.Builder toProto(FieldDef field, boolean proto3) {
    FieldDescriptorProto.Builder proto =
        FieldDescriptorProto.newBuilder().setName(field.name()).setNumber(field.number()).setJsonName(field.jsonName());
    FieldType type = field.type();
    if (type instanceof FieldType.MapOf map) {
      return proto.setLabel(FieldDescriptorProto.Label.LABEL_REPEATED)
          .setType(FieldDescriptorProto.Type.TYPE_MESSAGE)
          .setTypeName("." + map.entryFullName());
    }
    proto.setLabel(switch (field.label()) {
      case REPEATED -> FieldDescriptorProto.Label.LABEL_REPEATED;
      case REQUIRED -> FieldDescriptorProto.Label.LABEL_REQUIRED;
      default -> FieldDescriptorProto.Label.LABEL_OPTIONAL;
    });
    if (type instanceof FieldType.Named named) {
      proto.setType(named.isEnum() ? FieldDescriptorProto.Type.TYPE_ENUM
              : field.group() ? FieldDescriptorProto.Type.TYPE_GROUP : FieldDescriptorProto.Type.TYPE_MESSAGE)
          .setTypeName("." + named.fullName());
    } else {
      proto.setType(FieldDescriptorProto.Type.valueOf("TYPE_" + type.display().toUpperCase(Locale.ROOT)));
    }
    if (field.defaultValue() != null && !proto3) {
      proto.setDefaultValue(field.defaultValue());
    }
    return proto;
  }
}
