package dev.treaty.compatibility.protobuf.internal;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import dev.treaty.compatibility.InvalidSchemaException;
import java.util.List;

/**
 * Prints a {@code FileDescriptorProto} as .proto text: what the JavaScript and Python serializers
 * send. Type names are printed fully qualified; map entries become {@code map<K, V>} fields.
 */
public final class DescriptorPrinter {

  private final StringBuilder out = new StringBuilder();

  private DescriptorPrinter() {}

  public static String print(FileDescriptorProto file) {
    if (file.getSyntax().equals("editions")) {
      throw new InvalidSchemaException("Protobuf editions descriptors are not supported: " + file.getName());
    }
    DescriptorPrinter printer = new DescriptorPrinter();
    printer.file(file);
    return printer.out.toString();
  }

  private void file(FileDescriptorProto file) {
    boolean proto3 = file.getSyntax().equals("proto3");
    out.append("syntax = \"").append(proto3 ? "proto3" : "proto2").append("\";\n");
    if (file.hasPackage()) {
      out.append("package ").append(file.getPackage()).append(";\n");
    }
    for (int i = 0; i < file.getDependencyCount(); i++) {
      out.append(file.getPublicDependencyList().contains(i) ? "import public \"" : "import \"")
          .append(file.getDependency(i)).append("\";\n");
    }
    OptionsPrinter.statements(file.getOptions()).forEach(option -> out.append(option).append('\n'));
    file.getMessageTypeList().forEach(message -> message(message, proto3, ""));
    file.getEnumTypeList().forEach(type -> enumType(type, ""));
    file.getServiceList().forEach(this::service);
    extensions(file.getExtensionList(), proto3, "");
  }

  private void message(DescriptorProto message, boolean proto3, String indent) {
    String inner = indent + "  ";
    out.append(indent).append("message ").append(message.getName()).append(" {\n");
    OptionsPrinter.statements(message.getOptions()).forEach(option -> out.append(inner).append(option).append('\n'));
    for (DescriptorProto.ReservedRange range : message.getReservedRangeList()) {
      out.append(inner).append("reserved ").append(range(range.getStart(), range.getEnd() - 1)).append(";\n");
    }
    message.getReservedNameList().forEach(name -> out.append(inner).append("reserved \"").append(name).append("\";\n"));
    for (DescriptorProto.ExtensionRange range : message.getExtensionRangeList()) {
      out.append(inner).append("extensions ").append(range(range.getStart(), range.getEnd() - 1)).append(";\n");
    }
    for (FieldDescriptorProto field : message.getFieldList()) {
      if (!field.hasOneofIndex() || field.getProto3Optional()) {
        field(field, message, proto3, inner);
      }
    }
    for (int index = 0; index < message.getOneofDeclCount(); index++) {
      int oneof = index;
      List<FieldDescriptorProto> members = message.getFieldList().stream()
          .filter(field -> field.hasOneofIndex() && field.getOneofIndex() == oneof && !field.getProto3Optional()).toList();
      if (members.isEmpty()) {
        continue;
      }
      out.append(inner).append("oneof ").append(message.getOneofDecl(index).getName()).append(" {\n");
      members.forEach(field -> field(field, message, proto3, inner + "  "));
      out.append(inner).append("}\n");
    }
    message.getNestedTypeList().stream()
        .filter(nested -> !nested.getOptions().getMapEntry() && groupField(message, nested) == null)
        .forEach(nested -> message(nested, proto3, inner));
    message.getEnumTypeList().forEach(type -> enumType(type, inner));
    extensions(message.getExtensionList(), proto3, inner);
    out.append(indent).append("}\n");
  }

  /** {@code extend} blocks, one per extendee in first-seen order. */
  private void extensions(List<FieldDescriptorProto> extensions, boolean proto3, String indent) {
    new java.util.LinkedHashSet<>(extensions.stream().map(FieldDescriptorProto::getExtendee).toList()).forEach(extendee -> {
      out.append(indent).append("extend ").append(extendee).append(" {\n");
      extensions.stream().filter(field -> field.getExtendee().equals(extendee))
          .forEach(field -> field(field, DescriptorProto.getDefaultInstance(), proto3, indent + "  "));
      out.append(indent).append("}\n");
    });
  }

  /** The group field whose message {@code nested} is, or {@code null}. */
  private static FieldDescriptorProto groupField(DescriptorProto parent, DescriptorProto nested) {
    return parent.getFieldList().stream()
        .filter(field -> field.getType() == FieldDescriptorProto.Type.TYPE_GROUP
            && field.getTypeName().endsWith("." + parent.getName() + "." + nested.getName()))
        .findFirst().orElse(null);
  }

  private void field(FieldDescriptorProto field, DescriptorProto parent, boolean proto3, String indent) {
    if (field.getType() == FieldDescriptorProto.Type.TYPE_GROUP) {
      group(field, parent, proto3, indent);
      return;
    }
    DescriptorProto mapEntry = FieldTypeNames.mapEntry(field, parent);
    out.append(indent);
    if (mapEntry != null) {
      out.append("map<").append(FieldTypeNames.of(mapEntry.getField(0))).append(", ")
          .append(FieldTypeNames.of(mapEntry.getField(1))).append('>');
    } else {
      out.append(FieldTypeNames.label(field, proto3)).append(FieldTypeNames.of(field));
    }
    out.append(' ').append(field.getName()).append(" = ").append(field.getNumber());
    List<String> options = OptionsPrinter.fieldOptions(field);
    if (!options.isEmpty()) {
      out.append(" [").append(String.join(", ", options)).append(']');
    }
    out.append(";\n");
  }

  private void group(FieldDescriptorProto field, DescriptorProto parent, boolean proto3, String indent) {
    String simpleName = field.getTypeName().substring(field.getTypeName().lastIndexOf('.') + 1);
    DescriptorProto body = parent.getNestedTypeList().stream()
        .filter(nested -> nested.getName().equals(simpleName)).findFirst()
        .orElseThrow(() -> new InvalidSchemaException("Group field " + field.getName() + " names no nested message"));
    out.append(indent).append(FieldTypeNames.label(field, proto3)).append("group ").append(simpleName)
        .append(" = ").append(field.getNumber()).append(" {\n");
    body.getFieldList().forEach(member -> field(member, body, proto3, indent + "  "));
    out.append(indent).append("}\n");
  }

  private void enumType(EnumDescriptorProto type, String indent) {
    String inner = indent + "  ";
    out.append(indent).append("enum ").append(type.getName()).append(" {\n");
    OptionsPrinter.statements(type.getOptions()).forEach(option -> out.append(inner).append(option).append('\n'));
    for (EnumDescriptorProto.EnumReservedRange range : type.getReservedRangeList()) {
      out.append(inner).append("reserved ").append(range(range.getStart(), range.getEnd())).append(";\n");
    }
    type.getReservedNameList().forEach(name -> out.append(inner).append("reserved \"").append(name).append("\";\n"));
    for (EnumValueDescriptorProto value : type.getValueList()) {
      out.append(inner).append(value.getName()).append(" = ").append(value.getNumber());
      List<String> options = OptionsPrinter.inline(value.getOptions());
      if (!options.isEmpty()) {
        out.append(" [").append(String.join(", ", options)).append(']');
      }
      out.append(";\n");
    }
    out.append(indent).append("}\n");
  }

  private void service(ServiceDescriptorProto service) {
    out.append("service ").append(service.getName()).append(" {\n");
    OptionsPrinter.statements(service.getOptions()).forEach(option -> out.append("  ").append(option).append('\n'));
    for (MethodDescriptorProto method : service.getMethodList()) {
      out.append("  rpc ").append(method.getName())
          .append(" (").append(method.getClientStreaming() ? "stream " : "").append(method.getInputType())
          .append(") returns (").append(method.getServerStreaming() ? "stream " : "").append(method.getOutputType())
          .append(')');
      List<String> options = OptionsPrinter.statements(method.getOptions());
      if (options.isEmpty()) {
        out.append(";\n");
      } else {
        out.append(" {\n");
        options.forEach(option -> out.append("    ").append(option).append('\n'));
        out.append("  }\n");
      }
    }
    out.append("}\n");
  }

  private static String range(int start, int end) {
    String last = end >= 536870911 ? "max" : Integer.toString(end);
    return start == end ? Integer.toString(start) : start + " to " + last;
  }
}
