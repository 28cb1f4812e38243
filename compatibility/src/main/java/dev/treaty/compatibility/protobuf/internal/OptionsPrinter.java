package dev.treaty.compatibility.protobuf.internal;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints the set scalar fields of a descriptor options message as .proto options. */
final class OptionsPrinter {

  private OptionsPrinter() {}

  /** {@code option name = value;} statements; {@code map_entry} is implied by map syntax. */
  static List<String> statements(Message options) {
    return inline(options).stream().map(option -> "option " + option + ";").toList();
  }

  static List<String> inline(Message options) {
    List<String> printed = new ArrayList<>();
    for (Map.Entry<FieldDescriptor, Object> entry : options.getAllFields().entrySet()) {
      FieldDescriptor field = entry.getKey();
      if (field.isRepeated() || field.isExtension() || field.getName().equals("map_entry")
          || field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
        continue;
      }
      printed.add(field.getName() + " = " + value(entry.getValue()));
    }
    return printed;
  }

  /** A field's {@code default}, a {@code json_name} differing from protoc's, and its options. */
  static List<String> fieldOptions(FieldDescriptorProto field) {
    List<String> printed = new ArrayList<>();
    if (field.hasDefaultValue()) {
      boolean quoted = field.getType() == FieldDescriptorProto.Type.TYPE_STRING
          || field.getType() == FieldDescriptorProto.Type.TYPE_BYTES;
      printed.add("default = " + (quoted ? quote(field.getDefaultValue()) : field.getDefaultValue()));
    }
    if (field.hasJsonName() && !field.getJsonName().equals(ProtoNames.jsonName(field.getName()))) {
      printed.add("json_name = " + quote(field.getJsonName()));
    }
    printed.addAll(inline(field.getOptions()));
    return printed;
  }

  private static String value(Object value) {
    if (value instanceof String text) {
      return quote(text);
    }
    if (value instanceof EnumValueDescriptor constant) {
      return constant.getName();
    }
    return String.valueOf(value);
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
