package dev.treaty.compatibility.protobuf.internal;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.squareup.wire.schema.internal.parser.EnumElement;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.OptionElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ServiceElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies built-in options ({@code java_package}, {@code deprecated}, {@code packed},
 * {@code idempotency_level}, ...) from Wire's parse tree into descriptor options. Custom options
 * need their extension definitions and are left out.
 */
final class DescriptorOptions {

  private DescriptorOptions() {}

  static void apply(FileDescriptorProto.Builder file, ProtoFileElement element) {
    set(file.getOptionsBuilder(), element.getOptions());
    clearIfEmpty(file.getOptions().getAllFields().isEmpty(), file::clearOptions);
    messages(file.getMessageTypeBuilderList(), file.getEnumTypeBuilderList(), element.getTypes());
    for (ServiceDescriptorProto.Builder service : file.getServiceBuilderList()) {
      ServiceElement source = element.getServices().stream()
          .filter(candidate -> candidate.getName().equals(service.getName())).findFirst().orElseThrow();
      set(service.getOptionsBuilder(), source.getOptions());
      clearIfEmpty(service.getOptions().getAllFields().isEmpty(), service::clearOptions);
      for (var method : service.getMethodBuilderList()) {
        source.getRpcs().stream().filter(rpc -> rpc.getName().equals(method.getName())).findFirst()
            .ifPresent(rpc -> set(method.getOptionsBuilder(), rpc.getOptions()));
        clearIfEmpty(method.getOptions().getAllFields().isEmpty(), method::clearOptions);
      }
    }
  }

  private static void messages(
      List<DescriptorProto.Builder> messages, List<EnumDescriptorProto.Builder> enums, List<TypeElement> types) {
    for (DescriptorProto.Builder message : messages) {
      MessageElement source = (MessageElement) find(types, message.getName());
      if (source == null) {
        continue;
      }
      set(message.getOptionsBuilder(), source.getOptions());
      clearIfEmpty(message.getOptions().getAllFields().isEmpty(), message::clearOptions);
      List<FieldElement> fields = Stream.concat(source.getFields().stream(),
          source.getOneOfs().stream().flatMap(oneof -> oneof.getFields().stream())).toList();
      for (FieldDescriptorProto.Builder field : message.getFieldBuilderList()) {
        fields.stream().filter(candidate -> candidate.getTag() == field.getNumber()).findFirst()
            .ifPresent(candidate -> set(field.getOptionsBuilder(), candidate.getOptions()));
        clearIfEmpty(field.getOptions().getAllFields().isEmpty(), field::clearOptions);
      }
      messages(message.getNestedTypeBuilderList(), message.getEnumTypeBuilderList(), source.getNestedTypes());
    }
    for (EnumDescriptorProto.Builder enumType : enums) {
      EnumElement source = (EnumElement) find(types, enumType.getName());
      set(enumType.getOptionsBuilder(), source.getOptions());
      clearIfEmpty(enumType.getOptions().getAllFields().isEmpty(), enumType::clearOptions);
      for (var value : enumType.getValueBuilderList()) {
        source.getConstants().stream().filter(constant -> constant.getName().equals(value.getName())).findFirst()
            .ifPresent(constant -> set(value.getOptionsBuilder(), constant.getOptions()));
        clearIfEmpty(value.getOptions().getAllFields().isEmpty(), value::clearOptions);
      }
    }
  }

  private static TypeElement find(List<TypeElement> types, String name) {
    return types.stream().filter(type -> type.getName().equals(name)).findFirst().orElse(null);
  }

  private static void set(Message.Builder options, List<OptionElement> elements) {
    for (OptionElement option : elements) {
      FieldDescriptor field = option.isParenthesized() ? null : options.getDescriptorForType().findFieldByName(option.getName());
      if (field == null || field.isRepeated()) {
        continue;
      }
      Object value = OptionValues.convert(field, option.getValue());
      if (value != null) {
        options.setField(field, value);
      }
    }
  }

  private static void clearIfEmpty(boolean empty, Runnable clear) {
    if (empty) {
      clear.run();
    }
  }
}
