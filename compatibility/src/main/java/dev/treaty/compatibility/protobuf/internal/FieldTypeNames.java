package dev.treaty.compatibility.protobuf.internal;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import java.util.Locale;

/** How a descriptor field's label and type are written in .proto text. */
final class FieldTypeNames {

  private FieldTypeNames() {}

  static String of(FieldDescriptorProto field) {
    return switch (field.getType()) {
      case TYPE_MESSAGE, TYPE_ENUM -> field.getTypeName();
      default -> field.getType().name().substring("TYPE_".length()).toLowerCase(Locale.ROOT);
    };
  }

  static String label(FieldDescriptorProto field, boolean proto3) {
    if (field.hasOneofIndex() && !field.getProto3Optional()) {
      return "";
    }
    return switch (field.getLabel()) {
      case LABEL_REPEATED -> "repeated ";
      case LABEL_REQUIRED -> "required ";
      default -> proto3 && !field.getProto3Optional() ? "" : "optional ";
    };
  }

  /** The map-entry message a repeated field refers to, or {@code null} when it is no map. */
  static DescriptorProto mapEntry(FieldDescriptorProto field, DescriptorProto parent) {
    if (field.getLabel() != FieldDescriptorProto.Label.LABEL_REPEATED || field.getType() != FieldDescriptorProto.Type.TYPE_MESSAGE) {
      return null;
    }
    String simpleName = field.getTypeName().substring(field.getTypeName().lastIndexOf('.') + 1);
    return parent.getNestedTypeList().stream()
        .filter(nested -> nested.getName().equals(simpleName) && nested.getOptions().getMapEntry()
            && field.getTypeName().endsWith("." + parent.getName() + "." + simpleName))
        .findFirst()
        .orElse(null);
  }
}
