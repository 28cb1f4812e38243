package dev.treaty.compatibility.protobuf.internal;

import com.squareup.wire.Syntax;
import com.squareup.wire.schema.internal.parser.EnumConstantElement;
import com.squareup.wire.schema.internal.parser.EnumElement;
import com.squareup.wire.schema.internal.parser.ExtendElement;
import com.squareup.wire.schema.internal.parser.ExtensionsElement;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.GroupElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.OneOfElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.RpcElement;
import com.squareup.wire.schema.internal.parser.ServiceElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Prints a file the way Confluent's {@code normalize} does: fields, oneofs, enum constants,
 * reserved entries, imports and options sorted; type references fully qualified; proto2's
 * {@code syntax} omitted. Messages and enums keep their order, since message indexes depend on it.
 */
public final class NormalizedPrinter {

  private final LinkedSchema schema;
  private final StringBuilder out = new StringBuilder();

  private NormalizedPrinter(LinkedSchema schema) {
    this.schema = schema;
  }

  public static String print(LinkedSchema schema) {
    NormalizedPrinter printer = new NormalizedPrinter(schema);
    printer.file(schema.element());
    return printer.out.toString();
  }

  private void file(ProtoFileElement file) {
    if (schema.file().edition() != null) {
      out.append(Editions.statement(schema.file().edition()));
    } else if (file.getSyntax() == Syntax.PROTO_3) {
      out.append("syntax = \"proto3\";\n");
    }
    if (file.getPackageName() != null) {
      out.append("package ").append(file.getPackageName()).append(";\n");
    }
    new TreeSet<>(file.getImports()).forEach(path -> out.append("import \"").append(path).append("\";\n"));
    new TreeSet<>(file.getPublicImports()).forEach(path -> out.append("import public \"").append(path).append("\";\n"));
    OptionsText.sorted(file.getOptions()).forEach(option -> out.append("option ").append(option).append(";\n"));
    types(file.getTypes(), schema.file().packageName(), "");
    file.getServices().forEach(this::service);
    extendBlocks(file.getExtendDeclarations(), schema.file().packageName(), "");
  }

  /**
   * Groups and extension ranges are printed as Wire prints them, sorted, so that schemas
   * differing in them never normalize to the same text.
   */
  private void verbatim(List<String> printed, String indent) {
    printed.stream().sorted().forEach(text -> text.lines()
        .forEach(line -> out.append(line.isBlank() ? "" : indent).append(line).append('\n')));
  }

  private void types(List<TypeElement> types, String scope, String indent) {
    types.stream().filter(MessageElement.class::isInstance).forEach(type -> message((MessageElement) type, scope, indent));
    types.stream().filter(EnumElement.class::isInstance).forEach(type -> enumType((EnumElement) type, indent));
  }

  private void message(MessageElement element, String scope, String indent) {
    String fullName = TypeNames.join(scope, element.getName());
    MessageType model = schema.file().allMessages().get(fullName);
    String inner = indent + "  ";
    out.append(indent).append("message ").append(element.getName()).append(" {\n");
    OptionsText.sorted(element.getOptions()).forEach(option -> out.append(inner).append("option ").append(option).append(";\n"));
    ReservedText.lines(element.getReserveds()).forEach(line -> out.append(inner).append(line).append('\n'));
    element.getFields().stream().sorted(Comparator.comparingInt(FieldElement::getTag))
        .forEach(field -> field(field, model, inner));
    element.getOneOfs().stream()
        .filter(oneof -> !oneof.getFields().isEmpty())
        .sorted(Comparator.comparingInt(oneof -> oneof.getFields().stream().mapToInt(FieldElement::getTag).min().orElse(0)))
        .forEach(oneof -> oneof(oneof, model, inner));
    verbatim(element.getGroups().stream().map(GroupElement::toSchema).toList(), inner);
    verbatim(element.getExtensions().stream().map(ExtensionsElement::toSchema).toList(), inner);
    extendBlocks(element.getExtendDeclarations(), fullName, inner);
    types(element.getNestedTypes(), fullName, inner);
    out.append(indent).append("}\n");
  }

  /** {@code extend} blocks by qualified extendee, their fields by number, types qualified as elsewhere. */
  private void extendBlocks(List<ExtendElement> blocks, String scope, String indent) {
    List<FieldDef> declared = schema.file().extensions();
    blocks.stream().sorted(Comparator.comparing(ExtendElement::getName)).forEach(block -> {
      List<FieldElement> fields = block.getFields().stream().sorted(Comparator.comparingInt(FieldElement::getTag)).toList();
      String extendee = fields.stream().map(field -> extension(declared, scope, field)).map(FieldDef::extendee)
          .findFirst().orElse(block.getName());
      out.append(indent).append("extend .").append(extendee).append(" {\n");
      for (FieldElement element : fields) {
        FieldDef field = extension(declared, scope, element);
        out.append(indent).append("  ");
        if (element.getLabel() != null) {
          out.append(element.getLabel().name().toLowerCase(java.util.Locale.ROOT)).append(' ');
        }
        out.append(qualified(field.type())).append(' ').append(element.getName()).append(" = ").append(field.number());
        List<String> options = OptionsText.fieldOptions(element, field);
        if (!options.isEmpty()) {
          out.append(" [").append(String.join(", ", options)).append(']');
        }
        out.append(";\n");
      }
      out.append(indent).append("}\n");
    });
  }

  private static FieldDef extension(List<FieldDef> declared, String scope, FieldElement element) {
    String name = TypeNames.join(scope, element.getName());
    return declared.stream().filter(field -> field.name().equals(name) && field.number() == element.getTag())
        .findFirst().orElseThrow();
  }

  private void oneof(OneOfElement oneof, MessageType model, String indent) {
    out.append(indent).append("oneof ").append(oneof.getName()).append(" {\n");
    OptionsText.sorted(oneof.getOptions()).forEach(option -> out.append(indent).append("  option ").append(option).append(";\n"));
    oneof.getFields().stream().sorted(Comparator.comparingInt(FieldElement::getTag))
        .forEach(field -> field(field, model, indent + "  "));
    out.append(indent).append("}\n");
  }

  private void field(FieldElement element, MessageType model, String indent) {
    FieldDef field = model.field(element.getTag()).orElseThrow();
    out.append(indent);
    if (element.getLabel() != null && field.oneof() == null && !field.isMap()) {
      out.append(element.getLabel().name().toLowerCase(java.util.Locale.ROOT)).append(' ');
    }
    out.append(qualified(field.type())).append(' ').append(field.name()).append(" = ").append(field.number());
    List<String> options = OptionsText.fieldOptions(element, field);
    if (!options.isEmpty()) {
      out.append(" [").append(String.join(", ", options)).append(']');
    }
    out.append(";\n");
  }

  private void enumType(EnumElement element, String indent) {
    String inner = indent + "  ";
    out.append(indent).append("enum ").append(element.getName()).append(" {\n");
    OptionsText.sorted(element.getOptions()).forEach(option -> out.append(inner).append("option ").append(option).append(";\n"));
    ReservedText.lines(element.getReserveds()).forEach(line -> out.append(inner).append(line).append('\n'));
    element.getConstants().stream()
        .sorted(Comparator.comparingInt(EnumConstantElement::getTag).thenComparing(EnumConstantElement::getName))
        .forEach(constant -> {
          out.append(inner).append(constant.getName()).append(" = ").append(constant.getTag());
          List<String> options = OptionsText.sorted(constant.getOptions());
          if (!options.isEmpty()) {
            out.append(" [").append(String.join(", ", options)).append(']');
          }
          out.append(";\n");
        });
    out.append(indent).append("}\n");
  }

  private void service(ServiceElement service) {
    ServiceDef model = schema.file().services().stream()
        .filter(candidate -> candidate.name().equals(service.getName())).findFirst().orElseThrow();
    out.append("service ").append(service.getName()).append(" {\n");
    OptionsText.sorted(service.getOptions()).forEach(option -> out.append("  option ").append(option).append(";\n"));
    for (RpcElement rpc : service.getRpcs()) {
      RpcDef resolved = model.rpc(rpc.getName()).orElseThrow();
      out.append("  rpc ").append(rpc.getName())
          .append(" (").append(rpc.getRequestStreaming() ? "stream " : "").append('.').append(resolved.requestType())
          .append(") returns (").append(rpc.getResponseStreaming() ? "stream " : "").append('.').append(resolved.responseType())
          .append(')');
      List<String> options = OptionsText.sorted(rpc.getOptions());
      if (options.isEmpty()) {
        out.append(";\n");
      } else {
        out.append(" {\n");
        options.forEach(option -> out.append("    option ").append(option).append(";\n"));
        out.append("  }\n");
      }
    }
    out.append("}\n");
  }

  private static String qualified(FieldType type) {
    if (type instanceof FieldType.Named named) {
      return "." + named.fullName();
    }
    if (type instanceof FieldType.MapOf map) {
      return "map<" + qualified(map.key()) + ", " + qualified(map.value()) + ">";
    }
    return type.display();
  }
}
